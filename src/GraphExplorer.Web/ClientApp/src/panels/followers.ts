import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, field, h, list } from "../dom";
import { formatPartial } from "../dates";
import { idOf, toNode } from "../normalize";
import type { NodeDto } from "../types";

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

  /** The other person of a follow link: the leader or the follower, whichever is not <me>. */
  private otherPerson(item: Item, me?: string): NodeDto | null {
    const leader = toNode(item.leader);
    const follower = toNode(item.follower);
    if (leader || follower) return leader && leader.id !== me ? leader : follower && follower.id !== me ? follower : (leader ?? follower);
    return toNode(item.person) ?? (idOf(item.personId) ? { id: idOf(item.personId)!, kind: "person", name: this.ctx.model.name(idOf(item.personId)!) } : null);
  }

  private describe(item: Item, me: string): HTMLElement {
    const other = this.otherPerson(item, me);
    const lab = idOf(item.lab ?? item.labId);
    const via = (Array.isArray(item.via) ? item.via : []).map((v) => this.ctx.model.name(idOf(v) ?? "?"));
    const leaderArrival = field<string>(item, "leaderArrival");
    const followerArrival = field<string>(item, "followerArrival", "date");
    const lag = field<number>(item, "lagMonths");
    const parts: string[] = [];
    if (lab) parts.push(`to ${this.ctx.model.name(lab)}`);
    if (leaderArrival && followerArrival && leaderArrival !== followerArrival) parts.push(`${formatPartial(leaderArrival)} → ${formatPartial(followerArrival)}`);
    else if (followerArrival ?? leaderArrival) parts.push(formatPartial(followerArrival ?? leaderArrival));
    if (field<boolean>(item, "leaderFounded")) parts.push("founder's lab");
    if (typeof lag === "number" && lag > 0) parts.push(`${lag} month${lag === 1 ? "" : "s"} apart`);
    if (via.length) parts.push(`via ${via.join(", ")}`);
    return h(
      "li",
      { "data-testid": "follow-item", "data-person": other?.id ?? "" },
      this.personLink(other?.id, other?.name),
      parts.length ? h("span", { className: "subtitle" }, ` — ${parts.join(" · ")}`) : null,
    );
  }

  private section(title: string, items: Item[], me: string, testId: string, empty: string): HTMLElement[] {
    return [
      h("h3", {}, `${title} (${items.length})`),
      items.length ? h("ul", { className: "hops", "data-testid": testId }, items.map((item) => this.describe(item, me))) : h("p", { className: "hint", "data-testid": testId }, empty),
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
      const other = this.otherPerson(item, node);
      if (other) involved.add(other.id);
      const lab = idOf(item.lab ?? item.labId);
      if (lab && this.ctx.model.graph.hasNode(lab)) involved.add(lab);
    }
    clear(
      this.root,
      h("h2", { "data-testid": "followers-title" }, this.ctx.model.name(node)),
      h("div", { className: "actions" }, this.highlightButton(involved)),
      ...this.section("Followed", followed, node, "followed", "Did not follow anyone to a lab (no earlier mover on the same route)."),
      ...this.section("Followers", followers, node, "followers", "Nobody followed on the same route later."),
      ...this.section("Moved with", movedWith, node, "moved-with", "Moved alone."),
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
              const person = this.otherPerson(arrival);
              if (person) involved.add(person.id);
            });
            const kind = String(field<string>(wave, "kind") ?? "wave").toLowerCase();
            const from = field<string>(wave, "from");
            const until = field<string>(wave, "until");
            const span = from && until && from !== until ? `${formatPartial(from)} – ${formatPartial(until)}` : from ? formatPartial(from) : "";
            return h(
              "div",
              { className: "cluster", "data-testid": "wave" },
              h("div", { className: "cluster-head" }, `Wave ${index + 1} · ${kind === "together" ? "arrived together" : kind === "chain" ? "one after another" : kind}`, span ? h("span", { className: "cluster-labs" }, span) : null),
              h(
                "ul",
                { className: "hops" },
                arrivals.map((arrival) => {
                  const date = field<string>(arrival, "date");
                  const person = this.otherPerson(arrival);
                  const notes = [date ? formatPartial(date) : "", field<boolean>(arrival, "founder") ? "founder" : ""].filter(Boolean).join(", ");
                  return h("li", { "data-testid": "wave-arrival" }, this.personLink(person?.id, person?.name), notes ? h("span", { className: "subtitle" }, ` — ${notes}`) : null);
                }),
              ),
            );
          })
        : h("p", { className: "hint", "data-testid": "waves-none" }, "No waves: nobody arrived with or after a colleague from the same lab."),
      h("div", { className: "actions" }, this.highlightButton(involved)),
    );
  }
}
