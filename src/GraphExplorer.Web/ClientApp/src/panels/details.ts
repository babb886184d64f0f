import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, h } from "../dom";
import { compareFacts, formatPartial, formatSpan } from "../dates";
import type { ArticleDto, EdgeDto, LabAnswer, LabCount, NodeDto, PersonAnswer } from "../types";
import { sourceList } from "./articles";

/**
 * The Details tab: a person's career as a timeline of stays (each with how it began and ended and its own articles) or a lab's
 * people and flows, plus the node actions (centre, focus, expand/collapse, path ends).
 */
export class DetailsPanel {
  private current: string | null = null;
  private request = 0;

  constructor(private readonly ctx: AppContext, private readonly root: HTMLElement) {
    ctx.onSelection((node) => void this.show(node));
    ctx.onGraphChange((added) => {
      // A delta touching the shown node (a new edge of it) refreshes the details.
      const node = this.current;
      if (!node) return;
      if (added.edges.some((edge) => this.ctx.model.graph.hasEdge(edge) && this.ctx.model.graph.extremities(edge).includes(node))) {
        void this.show(node);
      }
    });
    this.renderEmpty();
  }

  private renderEmpty(): void {
    clear(
      this.root,
      h("h2", {}, "Explore the talent graph"),
      h(
        "p",
        { className: "hint" },
        "Search for a person or a lab (press / to jump to the search box), or click a node. ",
        "Squares are labs, circles are people. Orange arrows are moves (left for), green curves are foundings.",
      ),
      h(
        "p",
        { className: "hint" },
        "Drag to pan, scroll to zoom, double-click a node to expand or collapse its neighbours. ",
        "The slider at the bottom shows the graph as of a date; ▶ plays the years.",
      ),
    );
  }

  async show(node: string | null): Promise<void> {
    this.current = node;
    const request = ++this.request;
    if (!node) {
      this.renderEmpty();
      return;
    }
    const local = this.ctx.model.node(node);
    clear(this.root, this.header(local ?? { id: node, kind: "person", name: node, aliases: [] }), h("p", { className: "hint" }, "Loading…"));
    try {
      if (local?.kind === "lab") {
        const answer = await api.lab(node);
        if (request === this.request) this.renderLab(answer);
      } else {
        const answer = await api.person(node);
        if (request === this.request) this.renderPerson(answer);
      }
    } catch (error) {
      if (request !== this.request) return;
      clear(this.root, this.header(local ?? { id: node, kind: "person", name: node, aliases: [] }), errorBox((error as Error).message));
    }
  }

  private articleLookup(answerArticles: ArticleDto[]): (id: string) => ArticleDto | undefined {
    const byId = new Map(answerArticles.map((article) => [article.id, article]));
    return (id) => byId.get(id) ?? this.ctx.model.articles.get(id);
  }

  private header(node: NodeDto): HTMLElement {
    const view = this.ctx.view;
    const hidden = view.hiddenNeighbours(node.id);
    const collapsible = view.collapsibleNeighbours(node.id);
    const aliases = node.aliases.filter((alias) => alias !== node.name);
    return h(
      "div",
      { "data-testid": "details-header", "data-node": node.id },
      h("div", { className: "subtitle" }, h("span", { className: `kind-badge ${node.kind}` }), " ", node.kind === "lab" ? "Lab" : "Person"),
      h("h2", { "data-testid": "details-name" }, node.name),
      aliases.length ? h("div", { className: "subtitle", "data-testid": "details-aliases" }, `Also: ${aliases.join(" · ")}`) : null,
      h(
        "div",
        { className: "actions" },
        h("button", { type: "button", className: "button small ghost", onclick: () => view.centreOn(node.id) }, "Centre"),
        h("button", { type: "button", className: "button small ghost", "data-testid": "action-focus", onclick: () => { view.focus(node.id); this.refreshHeader(); } }, "Focus"),
        h(
          "button",
          {
            type: "button",
            className: "button small ghost",
            "data-testid": "action-expand",
            disabled: hidden === 0,
            title: view.focused ? `${hidden} hidden neighbour(s)` : "Everything is shown: Focus first, then expand step by step",
            onclick: () => {
              const added = view.expand(node.id);
              this.ctx.toast(`${added} neighbour(s) shown`);
              this.refreshHeader();
            },
          },
          `Expand (${hidden})`,
        ),
        h(
          "button",
          {
            type: "button",
            className: "button small ghost",
            "data-testid": "action-collapse",
            disabled: collapsible === 0,
            onclick: () => {
              const removed = view.collapse(node.id);
              this.ctx.toast(`${removed} neighbour(s) hidden`);
              this.refreshHeader();
            },
          },
          `Collapse (${collapsible})`,
        ),
        h("button", { type: "button", className: "button small ghost", "data-testid": "action-path-from", onclick: () => this.ctx.setPathEnd("from", node.id) }, "Path from"),
        h("button", { type: "button", className: "button small ghost", "data-testid": "action-path-to", onclick: () => this.ctx.setPathEnd("to", node.id) }, "Path to"),
        h("button", { type: "button", className: "button small ghost", onclick: () => this.ctx.showTab("followers") }, "Followers"),
      ),
    );
  }

  private refreshHeader(): void {
    const old = this.root.querySelector("[data-testid=details-header]");
    const node = this.current ? this.ctx.model.node(this.current) : null;
    if (old && node) old.replaceWith(this.header(node));
  }

  private nodeLink(id: string | null | undefined): HTMLElement | string {
    if (!id) return "?";
    return h(
      "button",
      { type: "button", className: "link-button", "data-node": id, onclick: () => this.ctx.select(id, { centre: true }) },
      this.ctx.model.name(id),
    );
  }

  private describe(edge: EdgeDto, perspective: "person" | "lab"): { when: string; what: (HTMLElement | string)[] } {
    const onLab = perspective === "lab";
    const who = onLab ? [this.nodeLink(edge.source), " "] : [];
    const when = edge.date ? formatPartial(edge.date) : "date unknown";
    switch (edge.type) {
      case "WORKED_AT":
        return {
          when: formatSpan(edge.start, edge.end),
          what: onLab
            ? [...who, edge.role ? `— ${edge.role}` : "worked here"]
            : [edge.role ? `${edge.role} at ` : "Worked at ", this.nodeLink(edge.target)],
        };
      case "LEFT_FOR":
        return { when, what: [...who, onLab ? "left " : "Left ", this.nodeLink(edge.from), " for ", this.nodeLink(edge.target)] };
      case "FOUNDED":
        return { when, what: onLab ? [...who, "founded it"] : ["Founded ", this.nodeLink(edge.target)] };
      default:
        return { when: "", what: [String((edge as EdgeDto).type)] };
    }
  }

  private timeline(edges: EdgeDto[], perspective: "person" | "lab", lookup: (id: string) => ArticleDto | undefined): HTMLElement {
    const sorted = [...edges].sort(compareFacts);
    return h(
      "ol",
      { className: "timeline", "data-testid": "timeline" },
      sorted.map((edge) => {
        const { when, what } = this.describe(edge, perspective);
        return h(
          "li",
          { className: edge.type, "data-testid": "timeline-item", "data-edge": edge.id, "data-type": edge.type },
          h("div", { className: "when" }, when),
          h("div", { className: "what" }, what),
          sourceList(edge.sources, lookup),
        );
      }),
    );
  }

  /**
   * A career as the server merged it into stays: each stay once, with its dates at the precision the facts give
   * (a tenure "until 2025" and a move in Feb 2025 say Feb 2025), how it began and ended, and only its own articles.
   */
  private stays(answer: PersonAnswer, lookup: (id: string) => ArticleDto | undefined): HTMLElement {
    const byId = new Map(answer.edges.map((edge) => [edge.id, edge]));
    const used = new Set<string>();
    const items = answer.tenures.map((tenure) => {
      const edges = tenure.evidence.map((id) => byId.get(id)).filter((edge): edge is EdgeDto => edge !== undefined);
      edges.forEach((edge) => used.add(edge.id));
      const roles = [...new Set(edges.filter((e) => e.type === "WORKED_AT" && e.role).map((e) => e.role!))];
      const arrival = edges.find((e) => e.type === "LEFT_FOR" && e.target === tenure.labId);
      const departure = edges.find((e) => e.type === "LEFT_FOR" && e.from === tenure.labId);
      const sources = [...new Set(edges.flatMap((edge) => edge.sources))];
      const when = (date: string | null | undefined) => (date ? ` (${formatPartial(date)})` : " (date unknown)");
      return h(
        "li",
        { className: tenure.founded ? "FOUNDED" : "WORKED_AT", "data-testid": "timeline-item", "data-type": "STAY", "data-lab": tenure.labId },
        h("div", { className: "when", "data-testid": "stay-when" }, formatSpan(tenure.start, tenure.end) + (tenure.left && !tenure.end ? " · left, date unknown" : "")),
        tenure.founded
          ? h("div", { className: "what" }, "Founded ", this.nodeLink(tenure.labId), roles.length ? ` — ${roles.join("; ")}` : "")
          : h("div", { className: "what" }, roles.length ? `${roles.join("; ")} at ` : "At ", this.nodeLink(tenure.labId)),
        arrival ? h("div", { className: "how" }, "Came from ", this.nodeLink(arrival.from), when(arrival.date)) : null,
        departure ? h("div", { className: "how" }, "Left for ", this.nodeLink(departure.target), when(departure.date)) : null,
        sourceList(sources, lookup),
      );
    });
    const rest = answer.edges.filter((edge) => !used.has(edge.id));
    return h("div", {}, h("ol", { className: "timeline", "data-testid": "timeline" }, items), rest.length ? this.timeline(rest, "person", lookup) : null);
  }

  private renderPerson(answer: PersonAnswer): void {
    const lookup = this.articleLookup(answer.articles);
    const edges = answer.edges;
    clear(
      this.root,
      this.header(answer.node),
      h("h3", {}, "Career"),
      edges.length ? this.stays(answer, lookup) : h("p", { className: "hint" }, "No facts about this person yet."),
    );
  }

  private flowList(title: string, counts: LabCount[], testId: string): HTMLElement[] {
    if (counts.length === 0) return [];
    return [
      h("h3", {}, title),
      h(
        "div",
        { className: "chips", "data-testid": testId },
        counts.map((count) =>
          h("button", { type: "button", className: "chip", onclick: () => this.ctx.select(count.labId, { centre: true }) }, `${count.name ?? this.ctx.model.name(count.labId)} · ${count.count}`),
        ),
      ),
    ];
  }

  private renderLab(answer: LabAnswer): void {
    const lookup = this.articleLookup(answer.articles);
    const { people, inflow, outflow } = answer;
    const edges = answer.edges;
    clear(
      this.root,
      this.header(answer.node),
      h(
        "div",
        { className: "subtitle", "data-testid": "lab-summary" },
        `${people.length} people · ${inflow.reduce((s, c) => s + c.count, 0)} arrivals from other labs · ${outflow.reduce((s, c) => s + c.count, 0)} departures to other labs`,
      ),
      h("h3", {}, "People"),
      people.length
        ? h("div", { className: "chips", "data-testid": "lab-people" }, people.map((person) => h("button", { type: "button", className: "chip", onclick: () => this.ctx.select(person.id, { centre: true }) }, person.name)))
        : h("p", { className: "hint" }, "Nobody recorded yet."),
      ...this.flowList("Came from", inflow, "lab-inflow"),
      ...this.flowList("Left for", outflow, "lab-outflow"),
      edges.length ? [h("h3", {}, "Facts"), this.timeline(edges, "lab", lookup)] : null,
    );
  }
}
