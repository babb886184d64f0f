// The console's query history, kept in the browser (localStorage) so it survives a reload. Newest first, each query
// once (running it again moves it to the top), at most `limit` entries.

export interface HistoryEntry {
  query: string;
  parameters: string;
  /** When it last ran (ISO-8601). */
  at: string;
}

const storageKey = "graphexplorer.cypher.history";

export class QueryHistory {
  constructor(private readonly limit = 50) {}

  entries(): HistoryEntry[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "[]");
      if (!Array.isArray(parsed)) return [];
      return parsed.filter((e): e is HistoryEntry => typeof e?.query === "string" && typeof e?.parameters === "string" && typeof e?.at === "string");
    } catch {
      // Storage blocked or holding something else: the console still works, just without history.
      return [];
    }
  }

  add(query: string, parameters: string): HistoryEntry[] {
    const entry: HistoryEntry = { query, parameters, at: new Date().toISOString() };
    const entries = [entry, ...this.entries().filter((e) => e.query !== query || e.parameters !== parameters)].slice(0, this.limit);
    try {
      localStorage.setItem(storageKey, JSON.stringify(entries));
    } catch {
      // Quota or privacy mode: the entry lives only in this page.
    }
    return entries;
  }

  clear(): void {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // Nothing to clear.
    }
  }
}
