import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { setDiagnostics } from "@codemirror/lint";
import { Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import functions from "./functions.json";

/** What the editor completes: the graph's labels, relationship types and property keys (from the server). */
export interface GraphSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/**
 * Neo4j's own Cypher editor (CodeMirror 6): highlighting, completion of keywords, labels, types, properties,
 * functions and parameters, and its parser's syntax errors underlined as you type. Errors the server finds are
 * underlined too (see <see cref="markError"/>).
 */
export class CypherEditor {
  private readonly api: EditorApi;
  private schema: GraphSchema = { labels: [], relationshipTypes: [], propertyKeys: [] };
  private parameters: string[] = [];

  constructor(parent: HTMLElement, options: { value: string; placeholder: string; onRun: () => void }) {
    // The package's typings say it returns the editor's API; it returns { editor: api }.
    const created = createCypherEditor(parent, {
      value: options.value,
      placeholder: options.placeholder,
      autofocus: false,
      lint: true,
      lineWrapping: true,
      theme: "light",
      schema: this.editorSchema(),
      postExtensions: [
        EditorView.contentAttributes.of({ "data-testid": "cypher-query", "aria-label": "Cypher query" }),
        // Ahead of the default keymap, where Mod-Enter inserts a blank line.
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { options.onRun(); return true; } }])),
      ],
    }) as unknown as { editor?: EditorApi } & Partial<EditorApi>;
    this.api = created.editor ?? (created as EditorApi);
  }

  get value(): string {
    return this.api.codemirror.state.doc.toString();
  }

  set value(text: string) {
    this.api.setValue(text);
  }

  focus(): void {
    this.api.focus();
  }

  setSchema(schema: GraphSchema): void {
    this.schema = schema;
    this.api.setSchema(this.editorSchema());
  }

  /** The parameter names the editor offers after `$`. */
  setParameters(names: string[]): void {
    this.parameters = names;
    this.api.setSchema(this.editorSchema());
  }

  /** Underlines the server's error at its 1-based line and column (or 0-based offset) in the query it ran. */
  markError(message: string, where: { line?: number; column?: number; offset?: number }): void {
    const view = this.api.codemirror;
    const doc = view.state.doc;
    let from: number | null = null;
    if (where.line !== undefined && where.line >= 1 && where.line <= doc.lines) {
      const line = doc.line(where.line);
      from = Math.min(line.to, line.from + Math.max(0, (where.column ?? 1) - 1));
    } else if (where.offset !== undefined && where.offset >= 0) {
      from = Math.min(doc.length, where.offset);
    }
    if (from === null) return;
    // The word the error points at, or a single character.
    const rest = doc.sliceString(from, Math.min(doc.length, from + 80));
    const word = /^[\p{L}\p{N}_$`]+/u.exec(rest)?.[0].length ?? 1;
    const to = Math.min(doc.length, from + word);
    view.dispatch(setDiagnostics(view.state, [{ from, to: Math.max(to, from), severity: "error", message, source: "server" }]));
  }

  clearServerErrors(): void {
    const view = this.api.codemirror;
    view.dispatch(setDiagnostics(view.state, []));
  }

  private editorSchema() {
    return {
      labels: this.schema.labels.map((l) => `:${l}`),
      relationshipTypes: this.schema.relationshipTypes.map((t) => `:${t}`),
      propertyKeys: this.schema.propertyKeys,
      functions: (functions as [string, string][]).map(([name, signature]) => ({ name, signature })),
      procedures: [],
      parameters: this.parameters,
    };
  }
}
