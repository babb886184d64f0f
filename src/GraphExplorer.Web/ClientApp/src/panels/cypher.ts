import { ApiError, api } from "../api";
import type { AppContext } from "../context";
import type { CypherEditor } from "../cypher/editor";
import examples from "../cypher/examples.json";
import { QueryHistory } from "../cypher/history";
import { cellText, collectGraph, toCsv, toJsonExport, type ResultNode, type ResultRelationship } from "../cypher/values";
import "../cypher/console.css";
import { clear, errorBox, h } from "../dom";
import { download, stamp } from "../exporter";
import type { CypherAnswer, Problem } from "../types";

interface Example {
  title: string;
  query: string;
  parameters?: string;
}

type GraphMode = "replace" | "add" | "off";

/** Line, column and offset of a server error (the ProblemDetails extensions), when it has them. */
function position(problem: Problem | null): { line?: number; column?: number; offset?: number } | null {
  if (!problem) return null;
  const { line, column, offset } = problem;
  if (line === undefined && column === undefined && offset === undefined) return null;
  return { line, column, offset };
}

/** The parameter names a query uses ($name), for the editor's completion. */
function parameterNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([\p{L}_][\p{L}\p{N}_]*)/gu)].map((m) => m[1]))];
}

/**
 * The Cypher tab: Neo4j's editor with the graph's schema, example questions, a history kept in the browser, the answer
 * as a table (exportable as CSV and JSON) and its nodes and relationships drawn into the main view, which it either
 * replaces (only the result shows) or adds to. The same on both stores: the server answers in one shape.
 */
export class CypherPanel {
  private readonly editorHost: HTMLElement;
  private editorLoading: Promise<CypherEditor> | null = null;
  private readonly parameters: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  private readonly historySelect: HTMLSelectElement;
  private readonly graphMode: HTMLSelectElement;
  private readonly exportCsv: HTMLButtonElement;
  private readonly exportJson: HTMLButtonElement;
  private readonly history = new QueryHistory();
  private last: { query: string; parameters: Record<string, unknown>; answer: CypherAnswer } | null = null;
  private schemaLoaded = false;
  private running = false;

  constructor(private readonly ctx: AppContext, root: HTMLElement) {
    const run = () => void this.run();
    this.editorHost = h("div", { className: "cypher-editor", "data-testid": "cypher-editor" });
    this.parameters = h("textarea", {
      className: "cypher-params",
      "data-testid": "cypher-params",
      spellcheck: "false",
      "aria-label": "Parameters (JSON object)",
      placeholder: 'Parameters as JSON, e.g. { "person": "…" }',
      rows: 2,
    });
    this.parameters.addEventListener("input", () => void this.editor().then((editor) => editor.setParameters(this.parameterKeys(editor))));
    this.output = h("div", { "data-testid": "cypher-output", "aria-live": "polite" });

    const exampleSelect = h(
      "select",
      { "data-testid": "cypher-examples", "aria-label": "Example queries" },
      h("option", { value: "" }, "Examples…"),
      (examples as Example[]).map((example, index) => h("option", { value: String(index) }, example.title)),
    );
    exampleSelect.addEventListener("change", () => {
      const example = (examples as Example[])[Number(exampleSelect.value)];
      exampleSelect.value = "";
      if (!example) return;
      void this.load(example.query, example.parameters ?? "");
    });

    this.historySelect = h("select", { "data-testid": "cypher-history", "aria-label": "Query history" });
    this.historySelect.addEventListener("change", () => {
      const entry = this.history.entries()[Number(this.historySelect.value)];
      this.historySelect.value = "";
      if (entry) void this.load(entry.query, entry.parameters);
    });
    this.fillHistory();

    this.graphMode = h(
      "select",
      { "data-testid": "cypher-graph-mode", "aria-label": "Draw results in the graph view" },
      h("option", { value: "replace" }, "Graph: show only the result"),
      h("option", { value: "add" }, "Graph: add the result to the view"),
      h("option", { value: "off" }, "Graph: leave the view alone"),
    );
    this.graphMode.addEventListener("change", () => this.drawLast());

    this.exportCsv = h("button", { type: "button", className: "button secondary", "data-testid": "cypher-export-csv", disabled: true, onclick: () => this.export("csv") }, "CSV");
    this.exportJson = h("button", { type: "button", className: "button secondary", "data-testid": "cypher-export-json", disabled: true, onclick: () => this.export("json") }, "JSON");

    clear(
      root,
      h("h2", {}, "Cypher console"),
      h("p", { className: "hint" }, "Read-only Cypher over the talent graph. Ctrl+Enter runs, Ctrl+Space completes labels, types, properties and functions."),
      h("div", { className: "cypher-pickers" }, exampleSelect, this.historySelect),
      this.editorHost,
      h("label", { className: "field" }, h("span", {}, "Parameters (JSON object)"), this.parameters),
      h(
        "div",
        { className: "actions cypher-actions" },
        h("button", { type: "button", className: "button", "data-testid": "cypher-run", onclick: run }, "Run"),
        this.graphMode,
        h("span", { className: "cypher-export" }, "Export", this.exportCsv, this.exportJson),
      ),
      this.output,
    );
  }

  /**
   * The editor, loaded the first time the tab opens: Neo4j's parser is most of its weight, so the page's first load
   * does not wait for it.
   */
  private editor(): Promise<CypherEditor> {
    this.editorLoading ??= import("../cypher/editor").then(({ CypherEditor: Editor }) => {
      const editor = new Editor(this.editorHost, {
        value: "",
        placeholder: "MATCH (p:Person)-[m:LEFT_FOR]->(l:Lab) RETURN p, m, l LIMIT 25",
        onRun: () => void this.run(),
      });
      this.editorHost.dataset.ready = "true";
      return editor;
    });
    return this.editorLoading;
  }

  /** Loads the editor and the graph's labels, types and property keys into it the first time the tab opens. */
  onShow(): void {
    if (this.schemaLoaded) return;
    this.schemaLoaded = true;
    Promise.all([this.editor(), api.cypherSchema()]).then(
      ([editor, schema]) => editor.setSchema(schema),
      () => {
        // Completion of the graph's names is a help, not a need: keywords and functions still complete.
        this.schemaLoaded = false;
      },
    );
  }

  private async load(query: string, parameters: string): Promise<void> {
    const editor = await this.editor();
    editor.value = query;
    this.parameters.value = parameters;
    editor.setParameters(this.parameterKeys(editor));
    editor.clearServerErrors();
    editor.focus();
  }

  private parameterKeys(editor: CypherEditor): string[] {
    try {
      const parsed: unknown = JSON.parse(this.parameters.value);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return Object.keys(parsed);
    } catch {
      // Not JSON yet (being typed): offer the names the query already uses.
    }
    return parameterNames(editor.value);
  }

  private fillHistory(): void {
    const entries = this.history.entries();
    clear(
      this.historySelect,
      h("option", { value: "" }, entries.length ? `History (${entries.length})…` : "History (empty)"),
      entries.map((entry, index) => h("option", { value: String(index), title: entry.query }, entry.query.replace(/\s+/g, " ").slice(0, 80))),
    );
  }

  private async run(): Promise<void> {
    if (this.running) return;
    const editor = await this.editor();
    const text = editor.value;
    if (!text.trim()) {
      this.show(errorBox("Type a Cypher query first (or pick one of the examples).", "cypher-error"));
      return;
    }
    let parameters: Record<string, unknown> = {};
    const rawParameters = this.parameters.value.trim();
    if (rawParameters) {
      try {
        const parsed: unknown = JSON.parse(rawParameters);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error('it must be a JSON object, such as { "lab": "…" }');
        parameters = parsed as Record<string, unknown>;
      } catch (error) {
        this.show(errorBox(`Parameters are not valid: ${(error as Error).message}`, "cypher-error"));
        return;
      }
    }
    this.running = true;
    editor.clearServerErrors();
    this.show(h("p", { className: "hint", "data-testid": "cypher-running" }, "Running…"));
    const started = performance.now();
    try {
      const answer = await api.cypher(text, parameters);
      this.history.add(text, rawParameters);
      this.fillHistory();
      this.last = { query: text, parameters, answer };
      this.renderAnswer(answer, performance.now() - started);
    } catch (error) {
      this.last = null;
      this.renderError(error as Error, text, editor);
    } finally {
      this.running = false;
      this.exportCsv.disabled = this.exportJson.disabled = this.last === null;
    }
  }

  private show(...children: HTMLElement[]): void {
    clear(this.output, ...children);
  }

  private renderError(error: Error, text: string, editor: CypherEditor): void {
    const problem = error instanceof ApiError ? error.problem : null;
    const where = position(problem);
    let message = error.message;
    const children: HTMLElement[] = [];
    if (where) {
      const at = [
        where.line !== undefined ? `line ${where.line}` : null,
        where.column !== undefined ? `column ${where.column}` : null,
        where.line === undefined && where.offset !== undefined ? `offset ${where.offset}` : null,
      ].filter(Boolean).join(", ");
      message += `\nAt ${at}.`;
      editor.markError(problem?.detail ?? error.message, where);
    }
    children.push(errorBox(message, "cypher-error"));
    if (where?.line !== undefined && where.column !== undefined) {
      const line = text.split("\n")[where.line - 1];
      if (line !== undefined) children.push(h("pre", { className: "mono", "data-testid": "cypher-error-position" }, `${line}\n${" ".repeat(Math.max(0, where.column - 1))}^`));
    }
    this.show(...children);
  }

  private renderAnswer(answer: CypherAnswer, elapsed: number): void {
    const { columns, rows } = answer;
    const summary = h(
      "div",
      { className: "subtitle", "data-testid": "cypher-summary" },
      `${rows.length} row${rows.length === 1 ? "" : "s"}${answer.truncated ? " (truncated at the row limit)" : ""} in ${Math.round(answer.elapsedMs ?? elapsed)} ms`,
    );
    const table = h(
      "div",
      { className: "table-wrap cypher-table-wrap" },
      h(
        "table",
        { className: "data", "data-testid": "cypher-table" },
        h("thead", {}, h("tr", {}, columns.map((column) => h("th", {}, column)))),
        h("tbody", {}, rows.map((row) => h("tr", { "data-testid": "cypher-row" }, (Array.isArray(row) ? row : []).map((cell) => h("td", {}, cellText(cell)))))),
      ),
    );
    const note = h("p", { className: "hint", "data-testid": "cypher-graph-note" });
    this.show(summary, table, note);
    this.drawLast();
  }

  /** Draws the last answer's nodes and relationships into the main view, as the graph mode says. */
  private drawLast(): void {
    const note = this.output.querySelector<HTMLElement>("[data-testid=cypher-graph-note]");
    if (!this.last || !note) return;
    const { nodes, relationships } = collectGraph(this.last.answer.rows);
    const { view } = this.ctx;
    const shown = new Set<string>();
    const missing: ResultNode[] = [];
    for (const node of nodes.values()) {
      const id = this.modelNodeId(node);
      if (id) shown.add(id);
      else missing.push(node);
    }
    const edges = new Set<string>();
    for (const relationship of relationships.values()) {
      for (const edge of this.modelEdgeIds(relationship, nodes)) edges.add(edge);
    }
    const mode = this.graphMode.value as GraphMode;
    if (nodes.size === 0) {
      note.textContent = "No nodes or relationships in the answer, so the graph view is unchanged.";
      return;
    }
    if (mode === "off" || shown.size === 0) {
      view.setHighlight(null);
    } else {
      if (mode === "replace") view.focus([...shown]);
      else if (view.focused) view.focus([...view.visibleNodeIds, ...shown]);
      view.setHighlight({ nodes: shown, edges });
      view.fitNodes(shown);
    }
    const elsewhere = missing.length
      ? ` ${missing.length} node${missing.length === 1 ? " is" : "s are"} not part of the graph view (${[...new Set(missing.flatMap((n) => n.labels))].join(", ") || "no label"}).`
      : "";
    note.textContent = mode === "off"
      ? `${nodes.size} nodes and ${relationships.size} relationships in the answer; the graph view is left as it was.${elsewhere}`
      : `In the graph view: ${shown.size} nodes and ${edges.size} relationships ${mode === "replace" ? "(only the result is shown; Show all brings the rest back)" : "highlighted"}.${elsewhere}`;
  }

  /**
   * The main view's node for a result node: people and labs carry their id as a property on both stores (and on the
   * embedded store it is also their element id).
   */
  private modelNodeId(node: ResultNode): string | null {
    const graph = this.ctx.model.graph;
    const id = node.properties.id;
    if (typeof id === "string" && graph.hasNode(id) && !node.labels.includes("Article")) return id;
    return graph.hasNode(node.id) && !node.labels.includes("Article") ? node.id : null;
  }

  /** The main view's edges for a result relationship: by its id (property or element id), else the edges of that type between its ends. */
  private modelEdgeIds(relationship: ResultRelationship, nodes: Map<string, ResultNode>): string[] {
    const graph = this.ctx.model.graph;
    const id = relationship.properties.id;
    if (typeof id === "string" && graph.hasEdge(id)) return [id];
    if (graph.hasEdge(relationship.id)) return [relationship.id];
    const start = nodes.get(relationship.start);
    const end = nodes.get(relationship.end);
    const source = start ? this.modelNodeId(start) : null;
    const target = end ? this.modelNodeId(end) : null;
    if (!source || !target) return [];
    return graph.directedEdges(source, target).filter((edge) => graph.getEdgeAttribute(edge, "dto").type === relationship.type);
  }

  private export(format: "csv" | "json"): void {
    if (!this.last) return;
    const { query, parameters, answer } = this.last;
    const { columns, rows } = answer;
    if (format === "csv") download(new Blob([toCsv(columns, rows)], { type: "text/csv;charset=utf-8" }), `cypher-${stamp()}.csv`);
    else download(new Blob([toJsonExport(query, parameters, columns, rows, answer.truncated ?? false)], { type: "application/json" }), `cypher-${stamp()}.json`);
  }
}
