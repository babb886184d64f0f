import type { EdgeDto } from "./types";

// Partial dates ("2024", "2024-08", "2024-08-06") stand for every day they could mean. As in the server's PartialDate,
// a date known to the month starts on its first day and ends on its last, so a slider day inside that month neither
// precedes nor follows it. Days are compared as ISO strings ("yyyy-mm-dd"), which sort like the dates they name.

const pattern = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The first day a partial date can stand for, or null when the text is not a date. */
export function firstDay(text: string | null | undefined): string | null {
  const match = text ? pattern.exec(text.trim()) : null;
  if (!match) return null;
  return `${match[1]}-${match[2] ?? "01"}-${match[3] ?? "01"}`;
}

/** The first day of every date an edge names (to size the time slider). */
export function edgeDays(edge: EdgeDto): string[] {
  return [edge.start, edge.end, edge.date].map(firstDay).filter((d): d is string => d !== null);
}

/** Months since year 0, the slider's unit. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/** The first day of a slider month. */
export function monthStart(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${pad((index % 12) + 1)}-01`;
}

export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024" → "2024", "2024-08" → "Aug 2024", "2024-08-06" → "6 Aug 2024"; anything else is shown as given. */
export function formatPartial(text: string | null | undefined): string {
  if (!text) return "";
  const match = pattern.exec(text.trim());
  if (!match) return text;
  if (!match[2]) return match[1];
  const month = monthNames[Number(match[2]) - 1] ?? match[2];
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** "Aug 2024 – Feb 2025", "since Aug 2024", "until 2023". */
export function formatSpan(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `${formatPartial(start)} – ${formatPartial(end)}`;
  if (start) return `since ${formatPartial(start)}`;
  if (end) return `until ${formatPartial(end)}`;
  return "dates unknown";
}

const sameDayOrder: Record<string, number> = { FOUNDED: 0, LEFT_FOR: 1, WORKED_AT: 2 };

/**
 * The order of a career timeline: by the date a fact begins (undated facts last); on the same date a founding comes
 * first and a move before the tenure it starts.
 */
export function compareFacts(a: EdgeDto, b: EdgeDto): number {
  const key = (edge: EdgeDto) => firstDay(edge.start ?? edge.date ?? edge.end) ?? "9999";
  return key(a).localeCompare(key(b)) || (sameDayOrder[a.type] ?? 3) - (sameDayOrder[b.type] ?? 3);
}
