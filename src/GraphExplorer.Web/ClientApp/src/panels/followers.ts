import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, h, svg } from "../dom";
import { formatPartial } from "../dates";
import type { ArrivalDto, FollowDto, LabWavesAnswer, NodeDto, PersonFollowersAnswer } from "../types";

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
      if (kind === "lab") {
        const answer = await api.labFollowers(node);
        if (request === this.request) this.renderLab(node, answer);
      } else {
        const answer = await api.personFollowers(node);
        if (request === this.request) this.renderPerson(node, answer);
      }
    } catch (error) {
      if (request === this.request) clear(this.root, h("h2", {}, this.ctx.model.name(node)), errorBox((error as Error).message, "followers-error"));
    }
  }

  private personLink(id: string | undefined, fallbackName?: string): HTMLElement | string {
    if (!id) return fallbackName ?? "?";
    return h("button", { type: "button", className: "link-button", onclick: () => this.ctx.select(id, { centre: true }) }, fallbackName ?? this.ctx.model.name(id));
  }

  /** The other person of a follow link: the leader or the follower, whichever is not <me>. */
  private otherPerson(item: FollowDto, me: string): NodeDto {
    return item.leader.id !== me ? item.leader : item.follower;
  }

  private describe(item: FollowDto, me: string): HTMLElement {
    const other = this.otherPerson(item, me);
    const lab = item.lab.id;
    const via = item.via.map((v) => v.name);
    const { leaderArrival, followerArrival, lagMonths: lag } = item;
    const parts: string[] = [];
    parts.push(`to ${this.ctx.model.name(lab)}`);
    if (leaderArrival && followerArrival && leaderArrival !== followerArrival) parts.push(`${formatPartial(leaderArrival)} → ${formatPartial(followerArrival)}`);
    else if (followerArrival ?? leaderArrival) parts.push(formatPartial(followerArrival ?? leaderArrival));
    if (item.leaderFounded) parts.push("founder's lab");
    if (typeof lag === "number" && lag > 0) parts.push(`${lag} month${lag === 1 ? "" : "s"} apart`);
    if (via.length) parts.push(`via ${via.join(", ")}`);
    return h(
      "li",
      { "data-testid": "follow-item", "data-person": other.id },
      this.personLink(other.id, other.name),
      parts.length ? h("span", { className: "subtitle" }, ` — ${parts.join(" · ")}`) : null,
    );
  }

  private section(title: string, items: FollowDto[], me: string, testId: string, empty: string): HTMLElement[] {
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

  private renderPerson(node: string, answer: PersonFollowersAnswer): void {
    const { followed, followers, movedWith } = answer;
    const involved = new Set<string>([node]);
    for (const item of [...followed, ...followers, ...movedWith]) {
      involved.add(this.otherPerson(item, node).id);
      if (this.ctx.model.graph.hasNode(item.lab.id)) involved.add(item.lab.id);
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

  /** "Mira Murati → John Schulman: followed 5 months later", or why the lag is not known. */
  private linkLine(link: FollowDto): HTMLElement {
    const { leader, follower } = link;
    const together = link.kind === "together";
    const lag = link.lagMonths;
    const why = together
      ? typeof lag === "number" && lag > 0
        ? `moved together (arrivals ${lag} month${lag === 1 ? "" : "s"} apart, not told apart at the precision known)`
        : typeof lag === "number"
          ? "moved together (same month)"
          : "moved together (one article reports both moves; neither is dated)"
      : typeof lag === "number"
        ? `followed ${lag} month${lag === 1 ? "" : "s"} later${link.leaderFounded ? " (founder first)" : ""}`
        : `followed the founder; lag unknown: ${follower.name}'s arrival has no date`;
    return h(
      "li",
      { "data-testid": "wave-link", "data-kind": together ? "together" : "followed" },
      this.personLink(leader.id, leader.name),
      together ? " ⇄ " : " → ",
      this.personLink(follower.id, follower.name),
      h("span", { className: "subtitle" }, ` — ${why}`),
    );
  }

  /**
   * An arc diagram of one wave: its arrivals top to bottom in arrival order, an arrow from each leader to each
   * follower labelled with the lag in months, a dashed arc between people who moved together.
   */
  private waveDiagram(arrivals: ArrivalDto[], links: FollowDto[]): SVGSVGElement | null {
    if (links.length === 0) return null;
    const rowHeight = 24;
    const width = 340;
    const nameWidth = 150;
    const row = new Map<string, number>();
    arrivals.forEach((arrival, i) => row.set(arrival.personId, i));
    const height = arrivals.length * rowHeight + 8;
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "wave-diagram", role: "img", "aria-label": "Who followed whom in this wave", "data-testid": "wave-diagram" });
    chart.append(
      svg(
        "defs",
        {},
        svg("marker", { id: "wave-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#f97316" })),
      ),
    );
    arrivals.forEach((arrival, i) => {
      const date = arrival.date;
      const y = i * rowHeight + 18;
      chart.append(svg("text", { x: 4, y, class: "wave-name" }, arrival.name));
      chart.append(svg("text", { x: nameWidth - 4, y, "text-anchor": "end", class: "wave-date" }, date ? formatPartial(date) : "no date"));
      chart.append(svg("circle", { cx: nameWidth + 6, cy: y - 4, r: 3.5, fill: "#475569" }));
    });
    links.forEach((link, k) => {
      const a = row.get(link.leader.id);
      const b = row.get(link.follower.id);
      if (a === undefined || b === undefined) return;
      const together = link.kind === "together";
      const lag = link.lagMonths;
      const y0 = a * rowHeight + 14;
      const y1 = b * rowHeight + 14;
      // Longer spans bow further out, and each link a little more, so arcs between the same rows stay apart.
      const bow = nameWidth + 16 + Math.min(width - nameWidth - 60, Math.abs(b - a) * 22 + (k % 3) * 8);
      const midY = (y0 + y1) / 2;
      chart.append(
        svg(
          "path",
          {
            d: `M${nameWidth + 10},${y0} C${bow},${y0} ${bow},${y1} ${nameWidth + 10},${y1}`,
            fill: "none",
            stroke: together ? "#0ea5e9" : "#f97316",
            "stroke-width": 1.6,
            "stroke-dasharray": together ? "4 3" : "none",
            "marker-end": together ? "none" : "url(#wave-arrow)",
            "data-testid": "wave-arc",
          },
          svg("title", {}, `${link.leader.name} ${together ? "moved together with" : "was followed by"} ${link.follower.name}`),
        ),
      );
      const label = together ? "together" : typeof lag === "number" ? `+${lag} mo` : "lag ?";
      chart.append(svg("text", { x: bow * 0.75 + (nameWidth + 10) * 0.25 + 4, y: midY + 4, class: "wave-lag" }, label));
    });
    return chart;
  }

  private renderLab(node: string, answer: LabWavesAnswer): void {
    const waves = answer.waves;
    const involved = new Set<string>([node]);
    clear(
      this.root,
      h("h2", { "data-testid": "followers-title" }, this.ctx.model.name(node)),
      h("div", { className: "subtitle" }, `${waves.length} wave${waves.length === 1 ? "" : "s"} of arrivals`),
      waves.length
        ? waves.map((wave, index) => {
            const { arrivals, kind, from, until, links } = wave;
            arrivals.forEach((arrival) => involved.add(arrival.personId));
            const span = from && until && from !== until ? `${formatPartial(from)} – ${formatPartial(until)}` : from ? formatPartial(from) : "";
            return h(
              "div",
              { className: "cluster", "data-testid": "wave" },
              h("div", { className: "cluster-head" }, `Wave ${index + 1} · ${kind === "together" ? "arrived together" : "one after another"}`, span ? h("span", { className: "cluster-labs" }, span) : null),
              this.waveDiagram(arrivals, links),
              h(
                "ul",
                { className: "hops" },
                arrivals.map((arrival) => {
                  const { date, founder } = arrival;
                  const notes = [
                    date ? formatPartial(date) : "no date: the articles that report this arrival do not say when",
                    founder ? "founder" : "",
                  ].filter(Boolean).join(", ");
                  return h("li", { "data-testid": "wave-arrival", "data-undated": String(!date) }, this.personLink(arrival.personId, arrival.name), h("span", { className: "subtitle" }, ` — ${notes}`));
                }),
              ),
              h("ul", { className: "hops" }, links.map((link) => this.linkLine(link))),
            );
          })
        : h("p", { className: "hint", "data-testid": "waves-none" }, "No waves: nobody arrived with or after a colleague from the same lab."),
      h("div", { className: "actions" }, this.highlightButton(involved)),
    );
  }
}
