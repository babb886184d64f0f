// The values of a /api/cypher answer (docs/API.md): JSON scalars, lists and maps, plus nodes, relationships and paths
// marked with "$kind". Both stores write the same shape, so nothing here knows which store answered.

export interface ResultNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ResultRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface ResultPath {
  nodes: ResultNode[];
  relationships: ResultRelationship[];
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function properties(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

export function asNode(value: unknown): ResultNode | null {
  if (!isObject(value) || value.$kind !== "node") return null;
  return { id: String(value.id), labels: Array.isArray(value.labels) ? value.labels.map(String) : [], properties: properties(value.properties) };
}

export function asRelationship(value: unknown): ResultRelationship | null {
  if (!isObject(value) || value.$kind !== "relationship") return null;
  return { id: String(value.id), type: String(value.type), start: String(value.start), end: String(value.end), properties: properties(value.properties) };
}

export function asPath(value: unknown): ResultPath | null {
  if (!isObject(value) || value.$kind !== "path") return null;
  const nodes = (Array.isArray(value.nodes) ? value.nodes : []).map(asNode).filter((n): n is ResultNode => n !== null);
  const relationships = (Array.isArray(value.relationships) ? value.relationships : []).map(asRelationship).filter((r): r is ResultRelationship => r !== null);
  return { nodes, relationships };
}

/** Every node and relationship anywhere in the rows (inside paths, lists and maps too), each once. */
export function collectGraph(rows: unknown[][]): { nodes: Map<string, ResultNode>; relationships: Map<string, ResultRelationship> } {
  const nodes = new Map<string, ResultNode>();
  const relationships = new Map<string, ResultRelationship>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 32 || value === null || typeof value !== "object") return;
    const node = asNode(value);
    if (node) {
      nodes.set(node.id, node);
      return;
    }
    const relationship = asRelationship(value);
    if (relationship) {
      relationships.set(relationship.id, relationship);
      return;
    }
    const path = asPath(value);
    if (path) {
      path.nodes.forEach((n) => nodes.set(n.id, n));
      path.relationships.forEach((r) => relationships.set(r.id, r));
      return;
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth + 1);
  };
  rows.forEach((row) => visit(row, 0));
  return { nodes, relationships };
}

function nodeText(node: ResultNode): string {
  const name = node.properties.name ?? node.properties.title ?? node.properties.id ?? node.id;
  return `(:${node.labels.join(":")} ${String(name)})`;
}

/** A cell as the table shows it: nodes by label and name, relationships by type, paths as their chain. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value !== "object") return String(value);
  const node = asNode(value);
  if (node) return nodeText(node);
  const relationship = asRelationship(value);
  if (relationship) return `[:${relationship.type}]`;
  const path = asPath(value);
  if (path) {
    const byId = new Map(path.nodes.map((n) => [n.id, n]));
    let text = path.nodes.length ? nodeText(path.nodes[0]) : "";
    let at = path.nodes[0]?.id;
    for (const r of path.relationships) {
      const forward = r.start === at;
      const next = forward ? r.end : r.start;
      text += forward ? `-[:${r.type}]->` : `<-[:${r.type}]-`;
      const n = byId.get(next);
      text += n ? nodeText(n) : "()";
      at = next;
    }
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(cellText).join(", ")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${cellText(v)}`).join(", ")}}`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header of the columns, then one line per row; scalars as they are, other values as JSON. */
export function toCsv(columns: string[], rows: unknown[][]): string {
  const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
  return [columns.map(csvField).join(","), ...rows.map((row) => row.map((v) => csvField(cell(v))).join(","))].join("\r\n") + "\r\n";
}

/** The answer as JSON: each row an object keyed by column name, values exactly as the server sent them. */
export function toJsonExport(query: string, parameters: Record<string, unknown>, columns: string[], rows: unknown[][], truncated: boolean): string {
  const records = rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null])));
  return JSON.stringify({ query, parameters, columns, truncated, rows: records }, null, 2);
}
