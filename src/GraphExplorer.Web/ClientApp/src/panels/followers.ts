import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, field, h, list } from "../dom";
import { formatPartial } from "../dates";

type Item = Record<string, unknown>;

/**
 * The Followers tab: for the selected person, who they followed to a new lab, who followed them and who moved with
 * them; for the selected lab, the waves of arrivals (together, or one after another along a chain).
 */
export class FollowersPanel {
  private shownFor: string | null = null;
  private request = 0;

  constructor(private readonly ctx: AppContext, private readonly root: HTMLElement) {
    ctx.onSelection(() => {
      if (ctx.activeTab() === "followers") void this.load();
    });
    this.renderEmpty();
  }

  onShow(): void {
    if (this.ctx.view.selectedNode !== this.shownFor) void this.load();
  }

  private renderEmpty(): void {
    clear(
      this.root,
      h("h2", {}, "Who followed whom"),
      h("p", { className: "hint" }, "Select a person to see whom they followed to a new lab, who followed them, and who moved with them; select a lab to see its waves of arrivals."),
    );
  }

  private async load(): Promise<void> {
    const node = this.ctx.view.selectedNode;
    this.shownFor = node;
    const request = ++this.request;
    if (!node) {
      this.renderEmpty();
      return;
    }
    const kind = this.ctx.model.node(node)?.kind ?? "person";
    clear(this.root, h("h2", {}, this.ctx.model.name(node)), h("p", { className: "hint" }, "Loading…"));
    try {
      const answer = kind === "lab" ? await api.labFollowers(node) : await api.personFollowers(node);
      if (request !== this.request) return;
      if (kind === "lab") this.renderLab(node, answer);
      else this.renderPerson(node, answer);
    } catch (error) {
      if (request === this.request) clear(this.root, h("h2", {}, this.ctx.model.name(node)), errorBox((error as Error).message, "followers-error"));
    }
  }

  private personLink(id: string | undefined, fallbackName?: string): HTMLElement | string {
    if (!id) return fallbackName ?? "?";
    return h("button", { type: "button", className: "link-button", onclick: () => this.ctx.select(id, { centre: true }) }, fallbackName ?? this.ctx.model.name(id));
  }

  /** The other person of a follow relation, under whichever field name the server uses. */
  private otherPerson(item: Item): string | undefined {
    const value = field<unknown>(item, "personId", "person", "other", "otherId", "followerId", "leaderId", "id");
    if (typeof value === "string") return value;
    return field<string>(value, "id");
  }

  private labName(item: Item, ...names: string[]): string | undefined {
    const value = field<unknown>(item, ...names);
    if (typeof value === "string") return this.ctx.model.name(value);
    return field<string>(value, "name") ?? field<string>(value, "id");
  }

  private describe(item: Item): HTMLElement {
    const id = this.otherPerson(item);
    const name = field<string>(item, "name", "personName");
    const fromLab = this.labName(item, "fromLab", "fromLabId", "from", "left");
    const toLab = this.labName(item, "toLab", "toLabId", "to", "lab", "labId", "joined");
    const date = field<string>(item, "date", "followerDate", "arrival", "movedOn");
    const leaderDate = field<string>(item, "leaderDate", "ledDate");
    const lag = field<number>(item, "lagMonths", "monthsAfter", "lag", "months");
    const parts: string[] = [];
    if (fromLab || toLab) parts.push(`${fromLab ?? "?"} → ${toLab ?? "?"}`);
    if (leaderDate && date) parts.push(`${formatPartial(leaderDate)} then ${formatPartial(date)}`);
    else if (date) parts.push(formatPartial(date));
    if (typeof lag === "number") parts.push(lag === 0 ? "same month" : `${lag} month${lag === 1 ? "" : "s"} later`);
    return h("li", { "data-testid": "follow-item" }, this.personLink(id, name), parts.length ? h("span", { className: "subtitle" }, ` — ${parts.join(", ")}`) : null);
  }

  private section(title: string, items: Item[], testId: string, empty: string): HTMLElement[] {
    return [
      h("h3", {}, `${title} (${items.length})`),
      items.length ? h("ul", { className: "hops", "data-testid": testId }, items.map((item) => this.describe(item))) : h("p", { className: "hint", "data-testid": testId }, empty),
    ];
  }

  private highlightButton(ids: Set<string>): HTMLElement {
    return h(
      "button",
      {
        type: "button",
        className: "button small ghost",
        onclick: () => {
          const edges = new Set<string>();
          this.ctx.model.graph.forEachEdge((edge, _a, source, target) => {
            if (ids.has(source) && ids.has(target)) edges.add(edge);
          });
          this.ctx.view.setHighlight({ nodes: ids, edges });
        },
      },
      "Show in graph",
    );
  }

  private renderPerson(node: string, answer: Record<string, unknown>): void {
    const followed = list<Item>(answer, "followed", "leaders");
    const followers = list<Item>(answer, "followers");
    const movedWith = list<Item>(answer, "movedWith", "together");
    const involved = new Set<string>([node]);
    for (const item of [...followed, ...followers, ...movedWith]) {
      const id = this.otherPerson(item);
      if (id) involved.add(id);
      const lab = field<string>(item, "toLab", "toLabId", "to", "lab", "labId");
      if (typeof lab === "string" && this.ctx.model.graph.hasNode(lab)) involved.add(lab);
    }
    clear(
      this.root,
      h("h2", { "data-testid": "followers-title" }, this.ctx.model.name(node)),
      h("div", { className: "actions" }, this.highlightButton(involved)),
      ...this.section("Followed", followed, "followed", "Did not follow anyone to a lab (no earlier mover on the same route)."),
      ...this.section("Followers", followers, "followers", "Nobody followed on the same route later."),
      ...this.section("Moved with", movedWith, "moved-with", "Moved alone."),
    );
  }

  private renderLab(node: string, answer: Record<string, unknown>): void {
    const waves = list<Item>(answer, "waves");
    const involved = new Set<string>([node]);
    clear(
      this.root,
      h("h2", { "data-testid": "followers-title" }, this.ctx.model.name(node)),
      h("div", { className: "subtitle" }, `${waves.length} wave${waves.length === 1 ? "" : "s"} of arrivals`),
      waves.length
        ? waves.map((wave, index) => {
            const arrivals = list<Item>(wave, "arrivals", "people", "members");
            arrivals.forEach((arrival) => {
              const id = this.otherPerson(arrival);
              if (id) involved.add(id);
            });
            const kind = field<string>(wave, "kind") ?? "wave";
            const fromLab = this.labName(wave, "fromLab", "fromLabId", "from");
            return h(
              "div",
              { className: "cluster", "data-testid": "wave" },
              h("div", { className: "cluster-head" }, `Wave ${index + 1} · ${kind === "together" ? "arrived together" : kind === "chain" ? "one after another" : kind}`, fromLab ? h("span", { className: "cluster-labs" }, ` from ${fromLab}`) : null),
              h(
                "ul",
                { className: "hops" },
                arrivals.map((arrival) => {
                  const date = field<string>(arrival, "date");
                  return h("li", {}, this.personLink(this.otherPerson(arrival), field<string>(arrival, "name")), date ? h("span", { className: "subtitle" }, ` — ${formatPartial(date)}`) : null);
                }),
              ),
            );
          })
        : h("p", { className: "hint", "data-testid": "waves-none" }, "No waves: nobody arrived with or after a colleague from the same lab."),
      h("div", { className: "actions" }, this.highlightButton(involved)),
    );
  }
}
