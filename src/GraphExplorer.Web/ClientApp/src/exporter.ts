import { downloadAsPNG } from "@sigma/export-image";
import type { GraphModel } from "./model";
import { unknownArticle } from "./panels/articles";
import type { ArticleDto, EdgeDto, NodeDto } from "./types";
import type { GraphView } from "./view";

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
}

/** The picture as it is now (same camera, same emphasis), on white. */
export async function exportPng(view: GraphView): Promise<void> {
  await downloadAsPNG(view.sigma, { fileName: `graphexplorer-${stamp()}`, backgroundColor: "#ffffff" });
}

/** What is visible now (time filter and focus applied), in the API's GraphPayload shape plus the view's positions. */
export function currentSubgraph(model: GraphModel, view: GraphView): {
  revision: number;
  asOf: string | null;
  nodes: (NodeDto & { x: number; y: number })[];
  edges: EdgeDto[];
  articles: ArticleDto[];
} {
  const nodes: (NodeDto & { x: number; y: number })[] = [];
  view.visibleNodeIds.forEach((id) => {
    const attributes = model.graph.getNodeAttributes(id);
    nodes.push({ id, kind: attributes.kind, name: attributes.label, aliases: attributes.aliases, x: attributes.x, y: attributes.y });
  });
  const edges: EdgeDto[] = [];
  const articleIds = new Set<string>();
  view.visibleEdgeIds.forEach((id) => {
    const dto = model.graph.getEdgeAttribute(id, "dto");
    edges.push(dto);
    dto.sources?.forEach((source) => articleIds.add(source));
  });
  const articles = [...articleIds].map((id) => model.articles.get(id) ?? unknownArticle(id));
  return { revision: model.revision, asOf: view.asOfDay, nodes, edges, articles };
}

export function exportJson(model: GraphModel, view: GraphView): void {
  const payload = currentSubgraph(model, view);
  download(new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" }), `graphexplorer-${stamp()}.json`);
}
