import { MultiDirectedGraph } from "graphology";
import type { ArticleDto, EdgeDto, GraphPayload, NodeDto } from "./types";
import { edgeDays } from "./dates";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The sigma program: labs are squares, people circles. */
  type: "square" | "circle";
  kind: NodeDto["kind"];
  aliases: string[];
  /** Known only from an edge, waiting for its node record. */
  placeholder?: boolean;
  /** Held still by the layout while new nodes settle around it. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  /** The sigma program: LEFT_FOR is a curved arrow, FOUNDED a curve, WORKED_AT a straight line. */
  type: "line" | "curvedArrow" | "curved";
  size: number;
  color: string;
  dto: EdgeDto;
}

export type TalentGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface ApplyResult {
  /** True when the payload replaced everything held (a snapshot). */
  replaced: boolean;
  addedNodes: string[];
  addedEdges: string[];
  changedEdges: string[];
}

export type ApplyOutcome = { applied: true; result: ApplyResult } | { applied: false; reason: "stale" | "gap" };

const labPalette = [
  "#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
  "#ea580c", "#4f46e5", "#0d9488", "#b45309", "#9333ea", "#16a34a", "#e11d48", "#0284c7",
];

export const edgeStyle: Record<EdgeDto["type"], { color: string; type: EdgeAttributes["type"]; size: number; label: string }> = {
  WORKED_AT: { color: "#94a3b8", type: "line", size: 1, label: "worked at" },
  LEFT_FOR: { color: "#f97316", type: "curvedArrow", size: 2, label: "left for" },
  FOUNDED: { color: "#10b981", type: "curved", size: 2.5, label: "founded" },
};

export const personColor = "#475569";

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const assignedLabColours = new Map<string, string>();

/**
 * A lab's colour: the next palette colour the first time a lab is seen (snapshots list labs in a stable order, so
 * the same graph gets the same colours), so the first sixteen labs never share one. Labs the page never saw (a Cypher
 * result) fall back to a colour derived from the id.
 */
export function labColor(id: string): string {
  return assignedLabColours.get(id) ?? labPalette[hash(id) % labPalette.length];
}

function assignLabColour(id: string): string {
  let colour = assignedLabColours.get(id);
  if (!colour) {
    colour = labPalette[assignedLabColours.size % labPalette.length];
    assignedLabColours.set(id, colour);
  }
  return colour;
}

/**
 * The talent graph the page holds: a graphology multigraph (a person and a lab can share a tenure, a move and a
 * founding) plus the revision it is at and the articles its edges cite. Payloads are applied by revision, exactly as
 * docs/API.md says: a snapshot replaces everything, a delta applies only on top of the revision it was computed from.
 */
export class GraphModel {
  readonly graph: TalentGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  readonly articles = new Map<string, ArticleDto>();
  revision = -1;
  /** The earliest and latest first-days of all edge dates, to size the time slider. */
  dateRange: { min: string; max: string } | null = null;

  apply(payload: GraphPayload): ApplyOutcome {
    if (!payload.isSnapshot) {
      if (payload.revision <= this.revision) return { applied: false, reason: "stale" };
      if (payload.fromRevision !== this.revision) return { applied: false, reason: "gap" };
    }
    const result: ApplyResult = { replaced: payload.isSnapshot, addedNodes: [], addedEdges: [], changedEdges: [] };
    if (payload.isSnapshot) {
      // Replace what is held but keep the positions of nodes that are still there, so a resync after a reconnect
      // does not throw the layout away.
      const keepNodes = new Set<string>();
      for (const node of payload.nodes ?? []) keepNodes.add(node.id);
      for (const edge of payload.edges ?? []) keepNodes.add(edge.source).add(edge.target);
      const keepEdges = new Set((payload.edges ?? []).map((edge) => edge.id));
      this.graph.filterEdges((edge) => !keepEdges.has(edge)).forEach((edge) => this.graph.dropEdge(edge));
      this.graph.filterNodes((node) => !keepNodes.has(node)).forEach((node) => this.graph.dropNode(node));
      this.articles.clear();
      this.dateRange = null;
      this.graph.forEachEdge((_edge, attributes) => this.widenDateRange(attributes.dto));
    }
    for (const article of payload.articles ?? []) this.articles.set(article.id, article);
    for (const node of payload.nodes ?? []) {
      if (this.upsertNode(node)) result.addedNodes.push(node.id);
    }
    for (const edge of payload.edges ?? []) {
      for (const [id, kind] of [[edge.source, "person"], [edge.target, "lab"]] as const) {
        if (!this.graph.hasNode(id)) {
          this.upsertNode({ id, kind, name: id, aliases: [] }, true);
          result.addedNodes.push(id);
        }
      }
      const style = edgeStyle[edge.type] ?? edgeStyle.WORKED_AT;
      if (this.graph.hasEdge(edge.id)) {
        this.graph.mergeEdgeAttributes(edge.id, { dto: edge });
        result.changedEdges.push(edge.id);
      } else {
        this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
          type: style.type,
          size: style.size,
          color: style.color,
          dto: edge,
        });
        result.addedEdges.push(edge.id);
      }
      this.widenDateRange(edge);
    }
    this.revision = payload.revision;
    this.resize();
    return { applied: true, result };
  }

  private upsertNode(node: NodeDto, placeholder = false): boolean {
    const attributes = {
      label: node.name,
      kind: node.kind,
      aliases: node.aliases ?? [],
      type: node.kind === "lab" ? ("square" as const) : ("circle" as const),
      color: node.kind === "lab" ? assignLabColour(node.id) : personColor,
      placeholder,
    };
    if (this.graph.hasNode(node.id)) {
      if (!placeholder) this.graph.mergeNodeAttributes(node.id, attributes);
      return false;
    }
    this.graph.addNode(node.id, { ...attributes, x: 0, y: 0, size: 1 });
    return true;
  }

  private widenDateRange(edge: EdgeDto): void {
    for (const day of edgeDays(edge)) {
      if (!this.dateRange) this.dateRange = { min: day, max: day };
      else {
        if (day < this.dateRange.min) this.dateRange.min = day;
        if (day > this.dateRange.max) this.dateRange.max = day;
      }
    }
  }

  /**
   * Node size grows with degree so hubs stand out; labs are always larger than people. No update hints are given:
   * with them sigma repaints in place, which fails for nodes added in this same batch that it has not indexed yet.
   */
  private resize(): void {
    // Sizes are in screen pixels at the zoom that fits the graph, so a large graph gets smaller nodes or its labs
    // would cover it.
    const scale = this.graph.order > 2000 ? 0.45 : this.graph.order > 400 ? 0.7 : 1;
    this.graph.updateEachNodeAttributes((node, attributes) => {
      const degree = this.graph.degree(node);
      attributes.size = attributes.kind === "lab"
        ? Math.min(24, 7 + 2 * Math.sqrt(degree)) * scale
        : Math.min(10, 3 + Math.sqrt(degree)) * scale;
      return attributes;
    });
  }

  node(id: string): NodeDto | null {
    if (!this.graph.hasNode(id)) return null;
    const attributes = this.graph.getNodeAttributes(id);
    return { id, kind: attributes.kind, name: attributes.label, aliases: attributes.aliases };
  }

  name(id: string): string {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, "label") : id;
  }

  edge(id: string): EdgeDto | null {
    return this.graph.hasEdge(id) ? this.graph.getEdgeAttribute(id, "dto") : null;
  }
}
