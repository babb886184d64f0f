import { api } from "../api";
import type { AppContext } from "../context";
import { clear, errorBox, h, svg } from "../dom";
import { firstDay } from "../dates";
import { labColor } from "../model";
import type { FlowPair, LabFlow } from "../types";

/** The Flows tab: a Sankey diagram of moves between labs in a time window, and each lab's net flow. */
export class FlowsPanel {
  private readonly since: HTMLInputElement;
  private readonly until: HTMLInputElement;
  private readonly body: HTMLElement;
  private stale = true;

  constructor(private readonly ctx: AppContext, root: HTMLElement) {
    this.since = h("input", { type: "text", placeholder: "yyyy[-mm[-dd]]", "data-testid": "flows-since", "aria-label": "Since" });
    this.until = h("input", { type: "text", placeholder: "yyyy[-mm[-dd]]", "data-testid": "flows-until", "aria-label": "Until" });
    this.body = h("div", { "aria-live": "polite" });
    clear(
      root,
      h("h2", {}, "Talent flows"),
      h("p", { className: "hint" }, "Moves from lab to lab in a time window: the width of a band is the number of people."),
      h(
        "form",
        {
          className: "row",
          onsubmit: (event: Event) => {
            event.preventDefault();
            void this.load();
          },
        },
        h("label", { className: "field", style: "width: 140px" }, h("span", {}, "Since"), this.since),
        h("label", { className: "field", style: "width: 140px" }, h("span", {}, "Until"), this.until),
        h("button", { type: "submit", className: "button", "data-testid": "flows-apply", style: "align-self: end; margin-bottom: 8px" }, "Apply"),
        h("button", { type: "button", className: "button ghost", style: "align-self: end; margin-bottom: 8px", onclick: () => this.sliderWindow() }, "Up to slider"),
      ),
      this.body,
    );
    ctx.onGraphChange(() => {
      this.stale = true;
      if (ctx.activeTab() === "flows") void this.load();
    });
  }

  onShow(): void {
    if (this.stale) void this.load();
  }

  private sliderWindow(): void {
    const day = this.ctx.view.asOfDay;
    this.until.value = day ?? "";
    void this.load();
  }

  private async load(): Promise<void> {
    this.stale = false;
    const since = this.since.value.trim();
    const until = this.until.value.trim();
    for (const [name, value, input] of [["since", since, this.since], ["until", until, this.until]] as const) {
      const bad = value !== "" && firstDay(value) === null;
      input.classList.toggle("invalid", bad);
      if (bad) {
        clear(this.body, errorBox(`“${value}” is not a date for ${name}: use yyyy, yyyy-mm or yyyy-mm-dd.`, "flows-error"));
        return;
      }
    }
    clear(this.body, h("p", { className: "hint" }, "Loading flows…"));
    try {
      const answer = await api.flows(since || undefined, until || undefined);
      // A lab where no stay could be judged has no retention figure to show, whatever the record says.
      const labs = answer.labs.map((lab) => ({ ...lab, retention: lab.retention && lab.retention.measured > 0 ? lab.retention : null }));
      this.render(answer.pairs.filter((pair) => pair.count > 0), labs, answer.retentionMonths);
    } catch (error) {
      clear(this.body, errorBox((error as Error).message, "flows-error"));
    }
  }

  private render(pairs: FlowPair[], labs: LabFlow[], months: number): void {
    if (pairs.length === 0) {
      clear(this.body, h("p", { className: "hint", "data-testid": "flows-none" }, "No moves between labs in this window."));
      return;
    }
    const name = (id: string) => this.ctx.model.name(id);
    clear(
      this.body,
      this.sankey(pairs),
      h("h3", {}, "Net flow per lab"),
      h(
        "div",
        { className: "table-wrap" },
        h(
          "table",
          { className: "data", "data-testid": "flows-labs" },
          h("thead", {}, h("tr", {}, h("th", {}, "Lab"), h("th", { className: "num" }, "In"), h("th", { className: "num" }, "Out"), h("th", { className: "num" }, "Net"), h("th", { className: "num" }, "Retention"))),
          h(
            "tbody",
            {},
            [...labs]
              .sort((a, b) => b.net - a.net || b.in - a.in)
              .map((lab) =>
                h(
                  "tr",
                  {},
                  h("td", {}, h("button", { type: "button", className: "link-button", onclick: () => this.ctx.select(lab.labId, { centre: true }) }, name(lab.labId))),
                  h("td", { className: "num" }, lab.in),
                  h("td", { className: "num" }, lab.out),
                  h("td", { className: `num ${lab.net > 0 ? "pos" : lab.net < 0 ? "neg" : ""}` }, lab.net > 0 ? `+${lab.net}` : lab.net),
                  h(
                    "td",
                    {
                      className: "num",
                      "data-testid": "flows-retention",
                      title: lab.retention
                        ? `${lab.retention.stayed} of the ${lab.retention.measured} stays at ${name(lab.labId)} whose dates can be judged lasted ${lab.retention.months} months or more`
                        : `No stay at ${name(lab.labId)} has dates that can be judged`,
                    },
                    lab.retention ? `${Math.round(lab.retention.share * 100)}% (${lab.retention.stayed} of ${lab.retention.measured})` : "–",
                  ),
                ),
              ),
          ),
        ),
      ),
      h(
        "p",
        { className: "hint", "data-testid": "flows-retention-note" },
        `Retention: of the stays that began in the window and whose dates can be judged, the share that lasted ${months} months or more. `,
        "It is not the opposite of net flow: a lab can lose many people (a negative net) and still keep 100% when everyone who left had stayed longer than that. ",
        "Stays with an unknown start, or a move away with no date, cannot be judged and are not counted (the figure in brackets says how many were).",
      ),
      h("h3", {}, "Moves"),
      h(
        "div",
        { className: "table-wrap" },
        h(
          "table",
          { className: "data", "data-testid": "flows-pairs" },
          h("thead", {}, h("tr", {}, h("th", {}, "From"), h("th", {}, "To"), h("th", { className: "num" }, "People"), h("th", { className: "num" }, "Net"))),
          h(
            "tbody",
            {},
            [...pairs]
              .sort((a, b) => b.count - a.count)
              .map((pair) =>
                h(
                  "tr",
                  { title: pair.people.map(name).join(", ") },
                  h("td", {}, name(pair.from)),
                  h("td", {}, name(pair.to)),
                  h("td", { className: "num" }, pair.count),
                  h("td", { className: "num" }, pair.net > 0 ? `+${pair.net}` : pair.net),
                ),
              ),
          ),
        ),
      ),
    );
  }

  /** Labs people left on the left, labs they joined on the right, one band per route (width = people). */
  private sankey(pairs: FlowPair[]): SVGSVGElement {
    const name = (id: string) => this.ctx.model.name(id);
    const totals = (key: "from" | "to") => {
      const sums = new Map<string, number>();
      pairs.forEach((pair) => sums.set(pair[key], (sums.get(pair[key]) ?? 0) + pair.count));
      return [...sums.entries()].sort((a, b) => b[1] - a[1]);
    };
    const left = totals("from");
    const right = totals("to");
    const total = pairs.reduce((sum, pair) => sum + pair.count, 0);
    const width = 520;
    const gap = 8;
    const rows = Math.max(left.length, right.length);
    const height = Math.max(200, rows * 26 + 40);
    const scale = (height - 20 - gap * (rows - 1)) / total;
    const barWidth = 10;
    // Lab names are long ("Meta Superintelligence Labs (2)"): the right side, which also carries the counts, gets more room.
    const leftX = 150;
    const rightX = width - 190 - barWidth;

    const place = (column: [string, number][]) => {
      const positions = new Map<string, { y: number; h: number; cursor: number }>();
      const used = column.reduce((sum, [, value]) => sum + value * scale, 0) + gap * (column.length - 1);
      let y = 10 + (height - 20 - used) / 2;
      for (const [id, value] of column) {
        const bar = Math.max(2, value * scale);
        positions.set(id, { y, h: bar, cursor: y });
        y += bar + gap;
      }
      return positions;
    };
    const leftPos = place(left);
    const rightPos = place(right);

    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "sankey", role: "img", "aria-label": "Flows between labs", "data-testid": "flows-sankey" });
    // Widest bands first so thin ones stay visible on top.
    for (const pair of [...pairs].sort((a, b) => b.count - a.count)) {
      const from = leftPos.get(pair.from)!;
      const to = rightPos.get(pair.to)!;
      const band = Math.max(1, pair.count * scale);
      const y0 = from.cursor + band / 2;
      const y1 = to.cursor + band / 2;
      from.cursor += band;
      to.cursor += band;
      const x0 = leftX + barWidth;
      const x1 = rightX;
      const mid = (x0 + x1) / 2;
      chart.append(
        svg(
          "path",
          { class: "link", d: `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1}`, stroke: labColor(pair.from), "stroke-width": band, "data-testid": "flows-link" },
          svg("title", {}, `${name(pair.from)} → ${name(pair.to)}: ${pair.count} ${pair.count === 1 ? "person" : "people"}${pair.people.length ? ` (${pair.people.map(name).join(", ")})` : ""}`),
        ),
      );
    }
    for (const [id, value] of left) {
      const pos = leftPos.get(id)!;
      chart.append(svg("rect", { x: leftX, y: pos.y, width: barWidth, height: pos.h, fill: labColor(id), rx: 2 }));
      chart.append(svg("text", { x: leftX - 6, y: pos.y + pos.h / 2 + 4, "text-anchor": "end" }, `${name(id)} (${value})`));
    }
    for (const [id, value] of right) {
      const pos = rightPos.get(id)!;
      chart.append(svg("rect", { x: rightX, y: pos.y, width: barWidth, height: pos.h, fill: labColor(id), rx: 2 }));
      chart.append(svg("text", { x: rightX + barWidth + 6, y: pos.y + pos.h / 2 + 4 }, `${name(id)} (${value})`));
    }
    return chart;
  }
}
