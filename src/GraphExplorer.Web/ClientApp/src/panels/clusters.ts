import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, field, h, list } from "../dom";
import { idOf } from "../normalize";

type Item = Record<string, unknown>;

export const communityPalette = [
  "#2563eb", "#ea580c", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
  "#ca8a04", "#4f46e5", "#0d9488", "#9333ea", "#e11d48", "#0284c7", "#84cc16", "#f59e0b",
];

/** The Clusters tab: communities of the graph, coloured in the view, each with its dominant labs. */
export class ClustersPanel {
  private clusters: { id: string; members: string[]; colour: string; labs: { id: string; name: string; count: number }[] }[] = [];
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
      this.clusters = list<Item>(answer, "clusters", "communities").map((cluster, index) => ({
        id: String(field<unknown>(cluster, "id") ?? index),
        members: list<unknown>(cluster, "members", "nodes").map((member) => idOf(member) ?? ""),
        colour: communityPalette[index % communityPalette.length],
        labs: list<Item>(cluster, "dominantLabs", "labs").map((lab) => {
          const id = idOf(lab.labId ?? lab.lab ?? lab.id) ?? "";
          return { id, name: field<string>(lab, "name") ?? this.ctx.model.name(id), count: Number(field<number>(lab, "count") ?? 0) };
        }),
      }));
      this.active = null;
      this.render(answer);
      this.applyColours();
    } catch (error) {
      clear(this.body, errorBox((error as Error).message, "clusters-error"));
    }
  }

  private render(answer: Record<string, unknown>): void {
    const algorithm = field<string>(answer, "algorithm");
    const modularity = field<number>(answer, "modularity");
    const components = list<unknown>(answer, "components");
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
          h("div", { className: "cluster-head" }, h("span", { className: "cluster-dot", style: `background:${cluster.colour}` }), `Cluster ${index + 1}`, h("span", { className: "cluster-labs" }, `${cluster.members.length} members`)),
          h("div", { className: "cluster-labs", "data-testid": "cluster-labs" }, cluster.labs.length ? `Mostly ${cluster.labs.slice(0, 3).map((lab) => `${lab.name} (${lab.count})`).join(", ")}` : "No dominant lab"),
        ),
      ),
    );
  }

  private toggle(index: number, answer: Record<string, unknown>): void {
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
    // Clusters group people; a lab takes the colour of the largest cluster it dominates, so it sits visibly in it.
    this.clusters.forEach((cluster) => {
      const top = cluster.labs[0];
      if (top && !colours.has(top.id)) colours.set(top.id, cluster.colour);
    });
    this.ctx.view.setCommunities(colours);
    legend?.removeAttribute("hidden");
  }
}
