import type { GraphModel } from "./model";
import type { GraphView } from "./view";
import type { Layout } from "./layout";

export type TabName = "details" | "path" | "followers" | "clusters" | "flows" | "cypher";

/** What the panels share: the model, the view, and the page-level actions they trigger. */
export interface AppContext {
  model: GraphModel;
  view: GraphView;
  layout: Layout;
  /** Selects a node (highlight + details); centres the camera on it when asked. */
  select(node: string | null, options?: { centre?: boolean; tab?: TabName }): void;
  showTab(tab: TabName): void;
  activeTab(): TabName;
  toast(message: string): void;
  onSelection(listener: (node: string | null) => void): void;
  /** Called after every applied payload, with what it added. */
  onGraphChange(listener: (added: { nodes: string[]; edges: string[] }) => void): void;
  /** Sets one end of the path finder (from a node's details). */
  setPathEnd(end: "from" | "to", node: string): void;
}
