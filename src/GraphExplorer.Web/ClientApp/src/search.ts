import { api } from "./api";
import { h } from "./dom";
import type { SearchHit } from "./types";

/**
 * Name-or-alias search in any script, on an input with a listbox under it: typing asks /api/search (debounced, the
 * previous request cancelled), arrow keys move through the hits, Enter picks, Escape closes. Used by the top bar and by
 * the path finder's two pickers.
 */
export function attachSearch(
  input: HTMLInputElement,
  results: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
  options: { idPrefix: string; limit?: number } = { idPrefix: "hit" },
): { clear: () => void } {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | null = null;
  let controller: AbortController | null = null;

  const close = () => {
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const render = (message?: string) => {
    results.replaceChildren();
    if (message) {
      results.append(h("li", { className: "empty", role: "option", "aria-disabled": "true" }, message));
    }
    hits.forEach((hit, index) => {
      const matchedOther = hit.matched && hit.matched !== hit.name;
      const item = h(
        "li",
        {
          id: `${options.idPrefix}-${index}`,
          role: "option",
          "aria-selected": index === active ? "true" : "false",
          "data-testid": "search-result",
          "data-id": hit.id,
          onmousedown: (event: Event) => {
            event.preventDefault();
            pick(index);
          },
        },
        h("span", { className: `kind-badge ${hit.kind}`, "aria-hidden": "true" }),
        h("span", {}, hit.name),
        matchedOther ? h("span", { className: "matched" }, hit.matched) : null,
      );
      results.append(item);
    });
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${options.idPrefix}-${active}`);
  };

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };

  const runSearch = async () => {
    const q = input.value.trim();
    controller?.abort();
    if (!q) {
      hits = [];
      close();
      return;
    }
    controller = new AbortController();
    try {
      hits = await api.search(q, options.limit ?? 10, controller.signal);
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : `No person or lab matches “${q}”`);
    } catch (error) {
      if ((error as Error).name === "AbortError" || controller.signal.aborted) return;
      hits = [];
      render(`Search failed: ${(error as Error).message}`);
    }
  };

  input.addEventListener("input", () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(() => void runSearch(), 150);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (results.hidden) {
        void runSearch();
        return;
      }
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
      document.getElementById(`${options.idPrefix}-${active}`)?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (timer !== null) {
        // Enter before the debounce fired: search now, then pick the best hit.
        window.clearTimeout(timer);
        timer = null;
        void runSearch().then(() => pick(Math.max(0, active)));
      } else {
        pick(Math.max(0, active));
      }
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 100));
  input.addEventListener("focus", () => {
    if (hits.length && input.value.trim()) render();
  });

  return {
    clear: () => {
      input.value = "";
      hits = [];
      close();
    },
  };
}
