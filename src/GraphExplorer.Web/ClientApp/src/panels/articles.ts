import { h } from "../dom";
import { formatPartial } from "../dates";
import type { ArticleDto } from "../types";

/** Only http(s) links become anchors: an article URL from the data must not run script when clicked. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** One line per source article: language, title (linked when it has a URL), publication date. */
export function sourceList(ids: string[] | undefined, lookup: (id: string) => ArticleDto | undefined): HTMLElement | null {
  if (!ids || ids.length === 0) return null;
  return h(
    "ul",
    { className: "sources", "data-testid": "fact-sources" },
    ids.map((id) => {
      const article = lookup(id) ?? unknownArticle(id);
      const url = safeUrl(article.url);
      const title = article.title || article.id;
      // One line each (the full title in the tooltip): the date goes first so the ellipsis never hides it.
      const published = article.published ? formatPartial(article.published) : "undated";
      return h(
        "li",
        { "data-testid": "fact-source", "data-article": article.id, title: `${title} (${article.language ?? "language unknown"}, ${published})` },
        article.language ? h("span", { className: "lang" }, article.language) : null,
        h("span", { className: "date" }, published),
        " ",
        url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, title) : h("span", {}, title),
      );
    }),
  );
}

/** An article known only by the id an edge cites (not among the articles the answer or the graph carried). */
export function unknownArticle(id: string): ArticleDto {
  return { id, title: null, url: null, language: null, published: null };
}
