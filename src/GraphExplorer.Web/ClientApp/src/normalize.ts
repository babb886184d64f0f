import type { ArticleDto, EdgeDto, NodeDto, SearchHit } from "./types";

// The query answers may carry either the wire records of docs/API.md (NodeDto, EdgeDto with source/target/from) or the
// domain records behind them (an entity, an edge with personId/labId/fromLabId). These functions turn either into the
// wire shape, so the views have one shape to read.

type Loose = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : String(value);
}

/** An id from a string, or from an object carrying one (an entity, a lab count). */
export function idOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const object = value as Loose;
    return text(object.id ?? object.labId ?? object.personId);
  }
  return null;
}

export function toNode(value: unknown): NodeDto | null {
  if (!value || typeof value !== "object") return null;
  const object = value as Loose;
  const id = idOf(object);
  if (!id) return null;
  const kind = String(object.kind ?? "person").toLowerCase() === "lab" ? "lab" : "person";
  return { id, kind, name: text(object.name) ?? id, aliases: Array.isArray(object.aliases) ? object.aliases.map(String) : [] };
}

export function toEdge(value: unknown): EdgeDto | null {
  if (!value || typeof value !== "object") return null;
  const object = value as Loose;
  const id = text(object.id);
  const source = idOf(object.source ?? object.personId ?? object.person);
  const target = idOf(object.target ?? object.labId ?? object.lab);
  if (!id || !source || !target) return null;
  return {
    id,
    type: String(object.type ?? "WORKED_AT").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase() as EdgeDto["type"],
    source,
    target,
    from: idOf(object.from ?? object.fromLabId),
    role: text(object.role),
    start: text(object.start),
    end: text(object.end),
    date: text(object.date),
    sources: Array.isArray(object.sources) ? object.sources.map(String) : [],
  };
}

export function toEdges(value: unknown): EdgeDto[] {
  return Array.isArray(value) ? value.map(toEdge).filter((edge): edge is EdgeDto => edge !== null) : [];
}

export function toNodes(value: unknown): NodeDto[] {
  return Array.isArray(value) ? value.map(toNode).filter((node): node is NodeDto => node !== null) : [];
}

export function toArticles(value: unknown): ArticleDto[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is Loose => !!item && typeof item === "object" && typeof (item as Loose).id === "string")
    .map((item) => ({
      id: String(item.id),
      title: text(item.title),
      url: text(item.url),
      language: text(item.language),
      published: text(item.published),
    }));
}

/** A search hit, flat ({ id, kind, name, matched, score }) or wrapping an entity ({ entity, matched, score }). */
export function toSearchHit(value: unknown): SearchHit | null {
  if (!value || typeof value !== "object") return null;
  const object = value as Loose;
  const node = toNode(object.entity ?? object.node ?? object);
  if (!node) return null;
  return { ...node, matched: text(object.matched) ?? undefined, score: typeof object.score === "number" ? object.score : undefined };
}
