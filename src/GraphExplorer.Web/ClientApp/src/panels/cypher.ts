import Graph from "graphology";
import Sigma from "sigma";
import { NodeSquareProgram } from "@sigma/node-square";
import { ApiError, api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, field, h } from "../dom";
import { edgeStyle, labColor, personColor } from "../model";
import type { CypherAnswer, Problem } from "../types";

const example = `MATCH (p:Person)-[m:LEFT_FOR]->(l:Lab)
WHERE m.date >= $since
RETURN p.name AS person, m.from AS left, l.name AS joined, m.date AS date
ORDER BY date`;

interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface GraphRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** A node as the Query API (or the server) writes it: labels plus properties, with some kind of id. */
function asNode(value: unknown): GraphNode | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const labels = field<unknown>(value, "labels");
  const properties = field<unknown>(value, "properties") ?? {};
  if (!Array.isArray(labels) || typeof properties !== "object") return null;
  const props = properties as Record<string, unknown>;
  const id = field<string | number>(value, "elementId", "id") ?? props.id;
  if (id === undefined) return null;
  return { id: String(id), labels: labels.map(String), properties: props };
}

function asRel(value: unknown): GraphRel | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const type = field<unknown>(value, "type");
  const start = field<string | number>(value, "startNodeElementId", "startElementId", "start", "startNodeId", "source");
  const end = field<string | number>(value, "endNodeElementId", "endElementId", "end", "endNodeId", "target");
  if (typeof type !== "string" || start === undefined || end === undefined) return null;
  const id = field<string | number>(value, "elementId", "id") ?? `${start}-${type}-${end}`;
  return { id: String(id), type, start: String(start), end: String(end), properties: (field<Record<string, unknown>>(value, "properties") ?? {}) };
}

function collect(value: unknown, nodes: Map<string, GraphNode>, rels: Map<string, GraphRel>, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  const node = asNode(value);
  if (node) {
    nodes.set(node.id, node);
    return;
  }
  const rel = asRel(value);
  if (rel) {
    rels.set(rel.id, rel);
    return;
  }
  for (const inner of Array.isArray(value) ? value : Object.values(value)) collect(inner, nodes, rels, depth + 1);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value !== "object") return String(value);
  const node = asNode(value);
  if (node) return `(:${node.labels.join(":")} ${String(node.properties.name ?? node.properties.id ?? node.id)})`;
  const rel = asRel(value);
  if (rel) return `[:${rel.type}]`;
  return JSON.stringify(value);
}

/** "line 2, column 7" (and the offending line with a caret) from whatever position fields the problem carries. */
function position(problem: Problem | null): { line?: number; column?: number; offset?: number } | null {
  if (!problem) return null;
  const source = (typeof problem.position === "object" && problem.position) || problem;
  const line = field<number>(source, "line");
  const column = field<number>(source, "column");
  const offset = field<number>(source, "offset");
  if (line === undefined && column === undefined && offset === undefined) return null;
  return { line, column, offset };
}

/** The Cypher tab: a query with JSON parameters, answered as a table and, when it returns nodes, as a small graph. */
export class CypherPanel {
  private readonly query: HTMLTextAreaElement;
  private readonly parameters: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  private renderer: Sigma | null = null;

  constructor(private readonly ctx: AppContext, root: HTMLElement) {
    this.query = h("textarea", { className: "cypher-query", "data-testid": "cypher-query", spellcheck: "false", "aria-label": "Cypher query" });
    this.query.value = example;
    this.parameters = h("textarea", { className: "cypher-params", "data-testid": "cypher-params", spellcheck: "false", "aria-label": "Parameters (JSON)" });
    this.parameters.value = '{ "since": "2024" }';
    this.output = h("div", { "data-testid": "cypher-output", "aria-live": "polite" });
    const run = () => void this.run();
    this.query.addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        run();
      }
    });
    clear(
      root,
      h("h2", {}, "Cypher console"),
      h("p", { className: "hint" }, "Read-only queries against the graph store. Ctrl+Enter runs."),
      h("label", { className: "field" }, h("span", {}, "Query"), this.query),
      h("label", { className: "field" }, h("span", {}, "Parameters (JSON object)"), this.parameters),
      h("div", { className: "actions" }, h("button", { type: "button", className: "button", "data-testid": "cypher-run", onclick: run }, "Run")),
      this.output,
    );
  }

  private async run(): Promise<void> {
    const text = this.query.value;
    let parameters: Record<string, unknown> = {};
    const rawParameters = this.parameters.value.trim();
    if (rawParameters) {
      try {
        const parsed: unknown = JSON.parse(rawParameters);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("it must be a JSON object, such as { \"name\": \"OpenAI\" }");
        parameters = parsed as Record<string, unknown>;
      } catch (error) {
        this.show(errorBox(`Parameters are not valid: ${(error as Error).message}`, "cypher-error"));
        return;
      }
    }
    this.show(h("p", { className: "hint" }, "Running…"));
    const started = performance.now();
    try {
      const answer = await api.cypher(text, parameters);
      this.renderAnswer(answer, performance.now() - started);
    } catch (error) {
      this.renderError(error as Error, text);
    }
  }

  private show(...children: HTMLElement[]): void {
    this.renderer?.kill();
    this.renderer = null;
    clear(this.output, ...children);
  }

  private renderError(error: Error, text: string): void {
    const problem = error instanceof ApiError ? error.problem : null;
    const where = position(problem);
    const children: HTMLElement[] = [];
    let message = error.message;
    if (where) {
      const at = [where.line !== undefined ? `line ${where.line}` : null, where.column !== undefined ? `column ${where.column}` : null, where.line === undefined && where.offset !== undefined ? `offset ${where.offset}` : null].filter(Boolean).join(", ");
      message += `\nAt ${at}.`;
    }
    children.push(errorBox(message, "cypher-error"));
    if (where?.line !== undefined && where.column !== undefined) {
      const line = text.split("\n")[where.line - 1];
      if (line !== undefined) {
        children.push(h("pre", { className: "mono", "data-testid": "cypher-error-position" }, `${line}\n${" ".repeat(Math.max(0, where.column - 1))}^`));
      }
    }
    this.show(...children);
  }

  private renderAnswer(answer: CypherAnswer, elapsed: number): void {
    const columns = answer.columns ?? [];
    const rows = answer.rows ?? [];
    const nodes = new Map<string, GraphNode>();
    const rels = new Map<string, GraphRel>();
    collect(rows, nodes, rels);
    const table = h(
      "div",
      { className: "table-wrap" },
      h(
        "table",
        { className: "data", "data-testid": "cypher-table" },
        h("thead", {}, h("tr", {}, columns.map((column) => h("th", {}, column)))),
        h("tbody", {}, rows.map((row) => h("tr", { "data-testid": "cypher-row" }, (Array.isArray(row) ? row : columns.map((c) => (row as Record<string, unknown>)[c])).map((cell) => h("td", {}, cellText(cell)))))),
      ),
    );
    const summary = h("div", { className: "subtitle", "data-testid": "cypher-summary" }, `${rows.length} row${rows.length === 1 ? "" : "s"}${answer.truncated ? " (truncated)" : ""} in ${Math.round(answer.elapsedMs ?? elapsed)} ms`);
    if (nodes.size === 0) {
      this.show(summary, table);
      return;
    }
    const container = h("div", { className: "cypher-graph", "data-testid": "cypher-graph" });
    this.show(summary, table, h("h3", {}, `As a graph: ${nodes.size} nodes, ${rels.size} relationships`), container);
    this.drawGraph(container, nodes, rels);
  }

  private drawGraph(container: HTMLElement, nodes: Map<string, GraphNode>, rels: Map<string, GraphRel>): void {
    const graph = new Graph({ multi: true, type: "directed" });
    const list = [...nodes.values()];
    list.forEach((node, index) => {
      const isLab = node.labels.includes("Lab");
      const angle = (2 * Math.PI * index) / list.length;
      graph.addNode(node.id, {
        x: Math.cos(angle),
        y: Math.sin(angle),
        size: isLab ? 9 : 5,
        label: String(node.properties.name ?? node.properties.id ?? node.labels[0] ?? node.id),
        color: isLab ? labColor(String(node.properties.id ?? node.id)) : personColor,
        type: isLab ? "square" : "circle",
      });
    });
    for (const rel of rels.values()) {
      if (!graph.hasNode(rel.start) || !graph.hasNode(rel.end)) continue;
      const style = edgeStyle[rel.type as keyof typeof edgeStyle];
      graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, { color: style?.color ?? "#94a3b8", size: style?.size ?? 1, type: "arrow" });
    }
    this.renderer = new Sigma(graph, container, {
      allowInvalidContainer: true,
      nodeProgramClasses: { square: NodeSquareProgram },
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 0,
    });
    this.renderer.on("clickNode", ({ node }) => {
      const attributes = nodes.get(node);
      const id = attributes?.properties.id;
      if (typeof id === "string" && this.ctx.model.graph.hasNode(id)) this.ctx.select(id, { centre: true, tab: "details" });
    });
  }
}
