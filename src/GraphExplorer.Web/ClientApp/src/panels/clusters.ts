import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, h } from "../dom";
import type { ClustersAnswer } from "../types";

export const communityPalette = [
  "#2563eb", "#ea580c", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
  "#ca8a04", "#4f46e5", "#0d9488", "#9333ea", "#e11d48", "#0284c7", "#84cc16", "#f59e0b",
];

/**
 * The Clusters tab: communities of the graph, each named by what sets it apart (its distinctive labs and period, from
 * the server), with its members; the view colours people by community and labs by the community most of their people
 * belong to.
 */
export class ClustersPanel {
  private clusters: { id: string; name: string; size: number; members: string[]; colour: string; labs: { id: string; name: string; count: number }[] }[] = [];
  private stale = true;
  private active: number | null = null;
  private readonly colourToggle: HTMLInputElement;
  private readonly body: HTMLElement;

  constructor(private readonly ctx: AppContext, root: HTMLElement) {
    this.colourToggle = h("input", { type: "checkbox", checked: true, "data-testid": "clusters-colour" });
    this.colourToggle.addEventListener("change", () => this.applyColours());
    this.body = h("div", { "aria-live": "polite" });
    clear(
      root,
      h("h2", {}, "Clusters"),
      h("p", { className: "hint" }, "Communities of people and labs that are densely linked to each other."),
      h(
        "div",
        { className: "row" },
        h("label", { className: "row" }, this.colourToggle, "Colour the graph by community"),
        h("button", { type: "button", className: "button small ghost", onclick: () => void this.load() }, "Recompute"),
      ),
      this.body,
    );
    ctx.onGraphChange(() => {
      this.stale = true;
      if (ctx.activeTab() === "clusters") void this.load();
    });
  }

  onShow(): void {
    if (this.stale) void this.load();
    else {
      this.applyColours();
      this.applyHighlight();
    }
    // Coming back to the tab frames what it is about: the chosen cluster, or the whole graph.
    if (this.active === null) this.ctx.view.fit();
  }

  /** Leaving the tab returns the graph to its usual colours. */
  onHide(): void {
    this.ctx.view.setCommunities(null);
    document.querySelector(".legend-community")?.setAttribute("hidden", "");
  }

  private async load(): Promise<void> {
    this.stale = false;
    clear(this.body, h("p", { className: "hint" }, "Computing communities…"));
    try {
      const answer = await api.clusters();
      this.clusters = answer.clusters.map((cluster, index) => ({
        id: String(cluster.id),
        name: cluster.name,
        size: cluster.size,
        members: cluster.members,
        colour: communityPalette[index % communityPalette.length],
        labs: cluster.distinctiveLabs.map((lab) => ({ id: lab.labId, name: lab.name, count: lab.count })),
      }));
      this.active = null;
      this.render(answer);
      this.applyColours();
    } catch (error) {
      clear(this.body, errorBox((error as Error).message, "clusters-error"));
    }
  }

  private render(answer: ClustersAnswer): void {
    const { algorithm, modularity, components } = answer;
    clear(
      this.body,
      h(
        "div",
        { className: "subtitle", "data-testid": "clusters-summary" },
        `${this.clusters.length} clusters`,
        algorithm ? ` · ${algorithm}` : "",
        typeof modularity === "number" ? ` · modularity ${modularity.toFixed(3)}` : "",
        components.length ? ` · ${components.length} connected component${components.length === 1 ? "" : "s"}` : "",
      ),
      this.clusters.map((cluster, index) =>
        h(
          "div",
          {
            className: `cluster${this.active === index ? " active" : ""}`,
            "data-testid": "cluster",
            "data-cluster": cluster.id,
            tabindex: 0,
            role: "button",
            "aria-pressed": this.active === index ? "true" : "false",
            onclick: () => this.toggle(index, answer),
            onkeydown: (event: Event) => {
              if ((event as KeyboardEvent).key === "Enter" || (event as KeyboardEvent).key === " ") {
                event.preventDefault();
                this.toggle(index, answer);
              }
            },
          },
          h(
            "div",
            { className: "cluster-head" },
            h("span", { className: "cluster-dot", style: `background:${cluster.colour}` }),
            h("span", { "data-testid": "cluster-name" }, cluster.name),
            h("span", { className: "cluster-labs" }, `${cluster.size || cluster.members.length} people`),
          ),
          h(
            "div",
            { className: "cluster-labs", "data-testid": "cluster-labs" },
            cluster.labs.length
              ? `Sets it apart: ${cluster.labs.map((lab) => `${lab.name} (${lab.count} of ${cluster.size || cluster.members.length})`).join(", ")}, far more than people overall`
              : "Nothing sets it apart",
          ),
          h(
            "div",
            { className: "chips", "data-testid": "cluster-members" },
            cluster.members.map((member) =>
              h(
                "button",
                {
                  type: "button",
                  className: "chip",
                  "data-testid": "cluster-member",
                  onclick: (event: Event) => {
                    event.stopPropagation();
                    this.ctx.select(member, { centre: true });
                  },
                },
                this.ctx.model.name(member),
              ),
            ),
            cluster.size > cluster.members.length ? h("span", { className: "hint" }, `… and ${cluster.size - cluster.members.length} more`) : null,
          ),
        ),
      ),
    );
  }

  private toggle(index: number, answer: ClustersAnswer): void {
    this.active = this.active === index ? null : index;
    this.render(answer);
    this.applyHighlight();
  }

  private applyHighlight(): void {
    const cluster = this.active === null ? null : this.clusters[this.active];
    if (!cluster) {
      this.ctx.view.setHighlight(null);
      return;
    }
    const nodes = new Set(cluster.members);
    const edges = new Set<string>();
    this.ctx.model.graph.forEachEdge((edge, _a, source, target) => {
      if (nodes.has(source) && nodes.has(target)) edges.add(edge);
    });
    this.ctx.view.setHighlight({ nodes, edges });
    this.ctx.view.fitNodes(nodes);
  }

  private applyColours(): void {
    const legend = document.querySelector(".legend-community");
    if (!this.colourToggle.checked || this.clusters.length === 0) {
      this.ctx.view.setCommunities(null);
      legend?.setAttribute("hidden", "");
      return;
    }
    const colours = new Map<string, string>();
    this.clusters.forEach((cluster) => cluster.members.forEach((member) => colours.set(member, cluster.colour)));
    // Clusters group people; each lab takes the colour of the community most of its people belong to (ties go to the
    // larger community), so every lab with clustered people is coloured and sits visibly in its community.
    const graph = this.ctx.model.graph;
    graph.forEachNode((lab, attributes) => {
      if (attributes.kind !== "lab") return;
      const votes = new Map<string, number>();
      graph.forEachNeighbor(lab, (person) => {
        const colour = colours.get(person);
        if (colour && graph.getNodeAttribute(person, "kind") === "person") votes.set(colour, (votes.get(colour) ?? 0) + 1);
      });
      let best: string | null = null;
      let most = 0;
      const order = this.clusters.map((cluster) => cluster.colour);
      for (const [colour, count] of votes) {
        if (count > most || (count === most && best !== null && order.indexOf(colour) < order.indexOf(best))) {
          best = colour;
          most = count;
        }
      }
      if (best) colours.set(lab, best);
    });
    this.ctx.view.setCommunities(colours);
    legend?.removeAttribute("hidden");
  }
}
