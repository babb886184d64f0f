import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, h } from "../dom";
import { formatPartial, formatSpan } from "../dates";
import { attachSearch } from "../search";
import type { EdgeDto, NodeDto, PathAnswer, PathHop } from "../types";
import type { Highlight } from "../view";

type PathItem = PathAnswer["paths"][number];

/** The Path tab: pick two nodes, see the shortest path(s) highlighted in the graph, each hop explained. */
export class PathPanel {
  private ends: { from: string | null; to: string | null } = { from: null, to: null };
  private readonly inputs: Record<"from" | "to", HTMLInputElement>;
  private readonly maxHops: HTMLInputElement;
  private readonly all: HTMLInputElement;
  private readonly useDate: HTMLInputElement;
  private readonly results: HTMLElement;
  private paths: PathItem[] = [];
  private active: number | null = null;

  constructor(private readonly ctx: AppContext, root: HTMLElement) {
    const picker = (end: "from" | "to", label: string) => {
      const input = h("input", {
        type: "search",
        autocomplete: "off",
        placeholder: "Name or alias",
        "data-testid": `path-${end}`,
        role: "combobox",
        "aria-expanded": "false",
        "aria-controls": `path-${end}-results`,
        "aria-label": `Path ${end}`,
      });
      const results = h("ul", { id: `path-${end}-results`, className: "search-results", role: "listbox", hidden: true });
      attachSearch(input, results, (hit) => {
        this.ends[end] = hit.id;
      }, { idPrefix: `path-${end}-hit` });
      input.addEventListener("input", () => {
        this.ends[end] = null;
      });
      this.inputs[end] = input;
      return h("label", { className: "field picker" }, h("span", {}, label), input, results);
    };
    this.inputs = {} as Record<"from" | "to", HTMLInputElement>;
    this.maxHops = h("input", { type: "number", min: 1, max: 12, value: 6, "data-testid": "path-max-hops", style: "width: 70px" });
    this.all = h("input", { type: "checkbox", "data-testid": "path-all" });
    this.useDate = h("input", { type: "checkbox", "data-testid": "path-as-of" });
    this.results = h("div", { "data-testid": "path-results", "aria-live": "polite" });
    const form = h(
      "form",
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          void this.find();
        },
      },
      picker("from", "From"),
      picker("to", "To"),
      h(
        "div",
        { className: "row" },
        h("label", { className: "row" }, "Max hops", this.maxHops),
        h("label", { className: "row" }, this.all, "All shortest paths"),
        h("label", { className: "row", title: "Only edges that held on the slider's date" }, this.useDate, "As of slider date"),
      ),
      h(
        "div",
        { className: "actions" },
        h("button", { type: "submit", className: "button", "data-testid": "path-find" }, "Find path"),
        h("button", { type: "button", className: "button ghost", onclick: () => this.swap() }, "Swap"),
        h("button", { type: "button", className: "button ghost", onclick: () => this.clearResults() }, "Clear"),
      ),
    );
    clear(root, h("h2", {}, "How are two people connected?"), h("p", { className: "hint" }, "Shortest chains of tenures, moves and foundings between two people or labs."), form, this.results);
  }

  /** Fills one end from a node's details and runs the search when both ends are known. */
  setEnd(end: "from" | "to", node: string): void {
    this.ends[end] = node;
    this.inputs[end].value = this.ctx.model.name(node);
    if (this.ends.from && this.ends.to) void this.find();
  }

  /** Re-applies the shown path's highlight when the tab is shown again. */
  onShow(): void {
    this.applyHighlight();
  }

  private swap(): void {
    this.ends = { from: this.ends.to, to: this.ends.from };
    const text = this.inputs.from.value;
    this.inputs.from.value = this.inputs.to.value;
    this.inputs.to.value = text;
  }

  private clearResults(): void {
    this.paths = [];
    this.active = null;
    this.results.replaceChildren();
    this.ctx.view.setHighlight(null);
  }

  /** Resolves typed text without a picked hit to the best search hit, so typing a name and pressing Enter works. */
  private async resolve(end: "from" | "to"): Promise<string | null> {
    if (this.ends[end]) return this.ends[end];
    const text = this.inputs[end].value.trim();
    if (!text) return null;
    const hits = await api.search(text, 1);
    this.ends[end] = hits[0]?.id ?? null;
    if (hits[0]) this.inputs[end].value = hits[0].name;
    return this.ends[end];
  }

  async find(): Promise<void> {
    clear(this.results, h("p", { className: "hint" }, "Searching…"));
    try {
      const [from, to] = [await this.resolve("from"), await this.resolve("to")];
      if (!from || !to) {
        clear(this.results, errorBox(`Pick ${!from ? "a start" : "an end"}: no person or lab matches “${!from ? this.inputs.from.value : this.inputs.to.value}”.`, "path-error"));
        return;
      }
      const answer = await api.paths(from, to, {
        maxHops: Number(this.maxHops.value) || 6,
        all: this.all.checked,
        asOf: this.useDate.checked ? this.ctx.view.asOfDay : null,
      });
      this.paths = answer.paths;
      this.active = null;
      this.render(answer, from, to);
      this.applyHighlight();
      this.ctx.view.fitNodes(this.ctx.view.highlightedNodes());
    } catch (error) {
      this.paths = [];
      this.ctx.view.setHighlight(null);
      clear(this.results, errorBox((error as Error).message, "path-error"));
    }
  }

  private applyHighlight(): void {
    const shown = this.active === null ? this.paths : [this.paths[this.active]].filter(Boolean);
    if (shown.length === 0) {
      this.ctx.view.setHighlight(null);
      return;
    }
    const highlight: Highlight = { nodes: new Set(), edges: new Set() };
    for (const path of shown) {
      path.nodes.forEach((node) => highlight.nodes.add(node.id));
      path.hops.forEach((hop) => {
        highlight.nodes.add(hop.from).add(hop.to);
        if (hop.edge?.id) highlight.edges.add(hop.edge.id);
      });
    }
    this.ctx.view.setHighlight(highlight);
  }

  private render(answer: PathAnswer, from: string, to: string): void {
    if (this.paths.length === 0) {
      clear(
        this.results,
        h(
          "p",
          { className: "hint", "data-testid": "path-none" },
          answer.reason ?? `No path between ${this.ctx.model.name(from)} and ${this.ctx.model.name(to)} within ${this.maxHops.value} hops.`,
        ),
      );
      return;
    }
    const hopCount = this.paths[0].hops.length;
    clear(
      this.results,
      h(
        "p",
        { className: "subtitle", "data-testid": "path-summary" },
        `${this.paths.length} shortest path${this.paths.length > 1 ? "s" : ""} of ${hopCount} hop${hopCount === 1 ? "" : "s"}`,
        answer.capped ? " (more exist; the list was capped)" : "",
      ),
      this.paths.map((path, index) =>
        h(
          "div",
          {
            className: `path-card${this.active === index ? " active" : ""}`,
            "data-testid": "path-card",
            tabindex: 0,
            role: "button",
            "aria-pressed": this.active === index ? "true" : "false",
            onclick: () => this.toggle(index, answer, from, to),
            onkeydown: (event: Event) => {
              if ((event as KeyboardEvent).key === "Enter" || (event as KeyboardEvent).key === " ") {
                event.preventDefault();
                this.toggle(index, answer, from, to);
              }
            },
          },
          h("div", { className: "cluster-head" }, path.nodes.map((n: NodeDto) => n.name).join(" → ")),
          h("ol", { className: "hops" }, path.hops.map((hop) => h("li", { "data-testid": "path-hop" }, this.explain(hop)))),
        ),
      ),
    );
  }

  private toggle(index: number, answer: PathAnswer, from: string, to: string): void {
    this.active = this.active === index ? null : index;
    this.render(answer, from, to);
    this.applyHighlight();
  }

  /** "Jason Wei → OpenAI: Jason Wei worked at OpenAI (since 2023)". */
  private explain(hop: PathHop): (HTMLElement | string)[] {
    const name = (id: string | null | undefined) => (id ? this.ctx.model.name(id) : "?");
    const edge: EdgeDto | undefined = hop.edge;
    const step = `${name(hop.from)} → ${name(hop.to)}: `;
    if (!edge) return [step, "connected"];
    let text: string;
    switch (edge.type) {
      case "WORKED_AT":
        text = `${name(edge.source)} worked at ${name(edge.target)}${edge.role ? ` as ${edge.role}` : ""} (${formatSpan(edge.start, edge.end)})`;
        break;
      case "LEFT_FOR":
        text = `${name(edge.source)} left ${name(edge.from)} for ${name(edge.target)}${edge.date ? ` (${formatPartial(edge.date)})` : ""}`;
        break;
      case "FOUNDED":
        text = `${name(edge.source)} founded ${name(edge.target)}${edge.date ? ` (${formatPartial(edge.date)})` : ""}`;
        break;
      default:
        text = String((edge as EdgeDto).type);
    }
    return [h("strong", {}, step), h("span", { className: "edge" }, text)];
  }
}
