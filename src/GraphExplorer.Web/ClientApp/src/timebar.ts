import { $ } from "./dom";
import { firstDay, formatPartial, monthIndex, monthStart, todayIso } from "./dates";

/** A slider position as a month ("2024-04"). */
function monthOf(index: number): string {
  return monthStart(index).slice(0, 7);
}
import type { GraphModel } from "./model";
import type { GraphView } from "./view";

const playStepMs = 900;

/**
 * The time bar: a month slider (and a typed date) that shows the graph as of that day, "All time" to show all of
 * history, and a play button that walks through the years.
 */
export class TimeBar {
  private readonly slider = $("[data-testid=time-slider]") as HTMLInputElement;
  private readonly date = $("[data-testid=time-date]") as HTMLInputElement;
  private readonly label = $("[data-testid=time-label]");
  private readonly play = $("[data-testid=time-play]") as HTMLButtonElement;
  private timer: number | null = null;

  constructor(private readonly model: GraphModel, private readonly view: GraphView) {
    this.slider.addEventListener("input", () => this.setDate(monthOf(Number(this.slider.value))));
    this.slider.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        this.toggle();
      }
    });
    this.date.addEventListener("keydown", (event) => {
      if (event.key === "Enter") this.applyTyped();
      if (event.key === "Escape") this.setDate(null);
    });
    this.date.addEventListener("change", () => this.applyTyped());
    this.play.addEventListener("click", () => this.toggle());
    $("[data-testid=time-all]").addEventListener("click", () => {
      this.stop();
      this.setDate(null);
    });
    this.updateRange();
  }

  /** Sizes the slider to the dates the graph holds, up to today. */
  updateRange(): void {
    const range = this.model.dateRange;
    const today = todayIso();
    const min = monthIndex(range?.min ?? today) - 1;
    const max = Math.max(monthIndex(today), monthIndex(range?.max ?? today));
    this.slider.min = String(min);
    this.slider.max = String(max);
    if (this.view.asOfDay === null) this.slider.value = String(max);
  }

  private applyTyped(): void {
    const text = this.date.value.trim();
    if (text === "") {
      this.setDate(null);
      return;
    }
    const valid = firstDay(text) !== null;
    this.date.classList.toggle("invalid", !valid);
    this.date.title = valid ? "" : `“${text}” is not a date: use yyyy, yyyy-mm or yyyy-mm-dd`;
    if (valid) this.setDate(text);
  }

  /**
   * Shows the graph as of a date (yyyy, yyyy-mm or yyyy-mm-dd: its first day), or all of history for null. The label
   * keeps the precision given: the slider moves by months, so it says "Apr 2024", a typed day says "30 Apr 2024".
   */
  setDate(date: string | null): void {
    const day = firstDay(date);
    this.view.setAsOf(day);
    this.date.classList.remove("invalid");
    if (day === null) {
      this.label.textContent = "All time";
      this.date.value = "";
      this.slider.value = this.slider.max;
    } else {
      this.label.textContent = `As of ${formatPartial(date)}`;
      this.date.value = date ?? "";
      this.slider.value = String(monthIndex(day));
    }
    this.slider.setAttribute("aria-valuetext", this.label.textContent);
  }

  private toggle(): void {
    if (this.timer !== null) this.stop();
    else this.start();
  }

  /** Walks from the earliest year (or the shown date) to today, a year per step. */
  private start(): void {
    const min = Number(this.slider.min);
    const max = Number(this.slider.max);
    let month = this.view.asOfDay === null || monthIndex(this.view.asOfDay) >= max ? min : monthIndex(this.view.asOfDay);
    this.play.textContent = "⏸";
    this.play.setAttribute("aria-label", "Pause");
    this.setDate(monthOf(month));
    this.timer = window.setInterval(() => {
      month = Math.min(max, month + 12);
      this.setDate(monthOf(month));
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
