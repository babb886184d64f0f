import { api, ApiError } from "./api";
import { $ } from "./dom";
import { firstDay, formatPartial, monthIndex, monthStart, todayIso } from "./dates";
import type { GraphModel } from "./model";
import type { GraphView } from "./view";

/** A slider position as a month ("2024-04"). */
function monthOf(index: number): string {
  return monthStart(index).slice(0, 7);
}

const playStepMs = 900;

/**
 * The time bar: a month slider (and a typed date) that shows the graph as of that date, "All time" to show all of
 * history, and a play button that walks through the years. What held on a date is the server's answer
 * (GET /api/graph?asOf=), so the page, the paths' asOf and every store follow one rule; a date the server refuses is
 * shown with its reason and changes nothing.
 */
export class TimeBar {
  private readonly slider = $("[data-testid=time-slider]") as HTMLInputElement;
  private readonly date = $("[data-testid=time-date]") as HTMLInputElement;
  private readonly label = $("[data-testid=time-label]");
  private readonly error = $("[data-testid=time-error]");
  private readonly play = $("[data-testid=time-play]") as HTMLButtonElement;
  private timer: number | null = null;
  /** The date shown, as given (yyyy, yyyy-mm or yyyy-mm-dd), or null for all of history. */
  private shown: string | null = null;
  /** Each request's number: an answer that arrives after a later request was made is dropped. */
  private requested = 0;

  constructor(private readonly model: GraphModel, private readonly view: GraphView) {
    this.slider.addEventListener("input", () => void this.setDate(monthOf(Number(this.slider.value))));
    this.slider.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        this.toggle();
      }
    });
    this.date.addEventListener("keydown", (event) => {
      if (event.key === "Enter") void this.applyTyped();
      if (event.key === "Escape") void this.setDate(null);
    });
    this.date.addEventListener("change", () => void this.applyTyped());
    this.play.addEventListener("click", () => this.toggle());
    $("[data-testid=time-all]").addEventListener("click", () => {
      this.stop();
      void this.setDate(null);
    });
    this.updateRange();
  }

  /** Sizes the slider to the dates the graph holds, up to today (and back to a typed date before them). */
  updateRange(): void {
    const range = this.model.dateRange;
    const today = todayIso();
    const shown = firstDay(this.shown);
    const min = Math.min(monthIndex(range?.min ?? today) - 1, shown ? monthIndex(shown) : Infinity);
    const max = Math.max(monthIndex(today), monthIndex(range?.max ?? today));
    this.slider.min = String(min);
    this.slider.max = String(max);
    this.slider.value = String(shown ? monthIndex(shown) : max);
  }

  /** Asks again for the date shown (the graph changed under it). */
  refresh(): void {
    if (this.shown !== null) void this.setDate(this.shown);
  }

  private async applyTyped(): Promise<void> {
    const text = this.date.value.trim();
    await this.setDate(text === "" ? null : text);
  }

  /**
   * Shows the graph as of a date (yyyy, yyyy-mm or yyyy-mm-dd), or all of history for null. The label keeps the
   * precision given: the slider moves by months, so it says "Apr 2024", a typed day says "30 Apr 2024". The label
   * changes once the answer is in, so what it says is what is drawn.
   */
  async setDate(date: string | null): Promise<void> {
    const request = ++this.requested;
    if (date === null) {
      this.shown = null;
      this.showError(null);
      this.view.setAsOf(null);
      this.label.textContent = "All time";
      this.date.value = "";
      this.updateRange();
      this.slider.setAttribute("aria-valuetext", this.label.textContent);
      return;
    }
    let edges: Set<string>;
    try {
      const answer = await api.graphAsOf(date);
      edges = new Set(answer.edges.map((edge) => edge.id));
    } catch (error) {
      if (request !== this.requested) return;
      // The server's own words ("'2024-13' is not a valid date: the month must be 01 to 12"): one rule for dates.
      const detail = error instanceof ApiError && error.status === 400 ? (error.problem?.detail ?? error.message) : (error as Error).message;
      this.showError(`${detail}. Use yyyy, yyyy-mm or yyyy-mm-dd.`);
      return;
    }
    if (request !== this.requested) return;
    this.shown = date;
    this.showError(null);
    this.view.setAsOf(firstDay(date), edges);
    this.label.textContent = `As of ${formatPartial(date)}`;
    if (document.activeElement !== this.date) this.date.value = date;
    this.updateRange();
    this.slider.setAttribute("aria-valuetext", this.label.textContent);
  }

  private showError(message: string | null): void {
    this.date.classList.toggle("invalid", message !== null);
    this.date.setAttribute("aria-invalid", String(message !== null));
    this.error.textContent = message ?? "";
    this.error.hidden = message === null;
  }

  private toggle(): void {
    if (this.timer !== null) this.stop();
    else this.start();
  }

  /** Walks from the earliest year (or the shown date) to today, a year per step. */
  private start(): void {
    const min = Number(this.slider.min);
    const max = Number(this.slider.max);
    const shown = firstDay(this.shown);
    let month = shown === null || monthIndex(shown) >= max ? min : monthIndex(shown);
    this.play.textContent = "⏸";
    this.play.setAttribute("aria-label", "Pause");
    void this.setDate(monthOf(month));
    this.timer = window.setInterval(() => {
      month = Math.min(max, month + 12);
      void this.setDate(monthOf(month));
      if (month >= max) this.stop();
    }, playStepMs);
  }

  private stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.play.textContent = "▶";
    this.play.setAttribute("aria-label", "Play the years");
  }
}
