import "./styles.css";
import { api } from "./api";
import type { AppContext, TabName } from "./context";
import { $ } from "./dom";
import { currentSubgraph, exportJson, exportPng } from "./exporter";
import { Layout } from "./layout";
import { LiveConnection, type ConnectionState } from "./live";
import { GraphModel, type ApplyResult } from "./model";
import { ClustersPanel } from "./panels/clusters";
import { CypherPanel } from "./panels/cypher";
import { DetailsPanel } from "./panels/details";
import { FlowsPanel } from "./panels/flows";
import { FollowersPanel } from "./panels/followers";
import { PathPanel } from "./panels/path";
import { attachSearch } from "./search";
import { TimeBar } from "./timebar";
import type { GraphPayload } from "./types";
import { GraphView } from "./view";

/** Above this many nodes the page opens on the labs only and people come in through Expand (unless ?view=all). */
const focusThreshold = 5000;
/** ?layout=off keeps a large graph's first picture still (no ForceAtlas2 worker): pictures can then be compared. */
const layoutOff = new URLSearchParams(location.search).get("layout") === "off";

const model = new GraphModel();
const view = new GraphView(model, $("#graph"));
const layout = new Layout(model.graph);
const timeBar = new TimeBar(model, view);
const selectionListeners: ((node: string | null) => void)[] = [];
const changeListeners: ((added: { nodes: string[]; edges: string[] }) => void)[] = [];
const timings: { dataArrived?: number; applied?: number; indexed?: number; rendered?: number; renderMs?: number; complete?: number; completeMs?: number; nodes?: number; edges?: number } = {};
let connectionState: ConnectionState = "connecting";
let ready = false;
let toastTimer: number | null = null;

// ---- tabs ---------------------------------------------------------------------------------------------------------

const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role=tab]")];
let currentTab: TabName = "details";

function showTab(tab: TabName): void {
  if (tab === currentTab) return;
  const previous = currentTab;
  currentTab = tab;
  for (const button of tabs) {
    const selected = button.dataset.tab === tab;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`#panel-${button.dataset.tab}`).hidden = !selected;
  }
  // A path or cluster highlight belongs to its tab; leaving the tab gives the view back to the selection.
  if (previous === "path" || previous === "clusters" || previous === "followers" || previous === "cypher") view.setHighlight(null);
  if (previous === "clusters") panels.clusters.onHide();
  // Only the Cypher console widens the panel (its result tables need it); the Flows chart scales to the panel, so
  // opening it does not shift the graph.
  document.querySelector(".workspace")?.classList.toggle("wide-panel", tab === "cypher");
  (panels[tab] as { onShow?: () => void }).onShow?.();
}

for (const button of tabs) {
  button.addEventListener("click", () => showTab(button.dataset.tab as TabName));
  button.addEventListener("keydown", (event) => {
    const index = tabs.indexOf(button);
    let next = -1;
    if (event.key === "ArrowRight") next = (index + 1) % tabs.length;
    else if (event.key === "ArrowLeft") next = (index + tabs.length - 1) % tabs.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tabs.length - 1;
    if (next >= 0) {
      event.preventDefault();
      tabs[next].focus();
      showTab(tabs[next].dataset.tab as TabName);
    }
  });
}

// ---- context and panels -------------------------------------------------------------------------------------------

const ctx: AppContext = {
  model,
  view,
  layout,
  select(node, options) {
    view.select(node);
    if (node && options?.centre) view.centreOn(node);
    if (options?.tab) showTab(options.tab);
    selectionListeners.forEach((listener) => listener(view.selectedNode));
  },
  showTab,
  activeTab: () => currentTab,
  toast(message) {
    const toast = $("[data-testid=toast]");
    toast.textContent = message;
    toast.hidden = false;
    if (toastTimer !== null) window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => (toast.hidden = true), 2500);
  },
  onSelection: (listener) => selectionListeners.push(listener),
  onGraphChange: (listener) => changeListeners.push(listener),
  setPathEnd(end, node) {
    showTab("path");
    panels.path.setEnd(end, node);
  },
};

const panels = {
  details: new DetailsPanel(ctx, $("#panel-details")),
  path: new PathPanel(ctx, $("#panel-path")),
  followers: new FollowersPanel(ctx, $("#panel-followers")),
  clusters: new ClustersPanel(ctx, $("#panel-clusters")),
  flows: new FlowsPanel(ctx, $("#panel-flows")),
  cypher: new CypherPanel(ctx, $("#panel-cypher")),
} satisfies Record<TabName, object>;

// ---- graph interaction --------------------------------------------------------------------------------------------

const graphElement = $("#graph");
view.sigma.on("clickNode", ({ node }) => ctx.select(node, { tab: currentTab === "details" || currentTab === "followers" ? currentTab : "details" }));
view.sigma.on("clickStage", () => ctx.select(null));
view.sigma.on("doubleClickNode", (event) => {
  event.preventSigmaDefault();
  const node = event.node;
  const n = view.isExpanded(node) ? -view.collapse(node) : view.expand(node);
  ctx.select(node);
  ctx.toast(n >= 0 ? `${n} neighbour(s) shown` : `${-n} neighbour(s) hidden`);
});
view.sigma.on("enterNode", () => (graphElement.style.cursor = "pointer"));
view.sigma.on("leaveNode", () => (graphElement.style.cursor = ""));

graphElement.addEventListener("keydown", (event) => {
  const step = 60;
  const actions: Record<string, () => void> = {
    ArrowLeft: () => view.pan(-step, 0),
    ArrowRight: () => view.pan(step, 0),
    ArrowUp: () => view.pan(0, -step),
    ArrowDown: () => view.pan(0, step),
    "+": () => view.zoom(1.5),
    "=": () => view.zoom(1.5),
    "-": () => view.zoom(1 / 1.5),
    "0": () => view.fit(),
    Escape: () => ctx.select(null),
  };
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});
$("[data-testid=zoom-in]").addEventListener("click", () => view.zoom(1.5));
$("[data-testid=zoom-out]").addEventListener("click", () => view.zoom(1 / 1.5));
$("[data-testid=zoom-fit]").addEventListener("click", () => view.fit());
$("[data-testid=show-all]").addEventListener("click", () => view.showAll());
$("[data-testid=isolated-toggle]").addEventListener("click", (event) => {
  const button = event.currentTarget as HTMLButtonElement;
  const show = button.getAttribute("aria-pressed") !== "true";
  button.setAttribute("aria-pressed", String(show));
  view.setShowIsolated(show);
});
$("[data-testid=export-png]").addEventListener("click", () => void exportPng(view).catch((error) => ctx.toast(`PNG export failed: ${String(error)}`)));
$("[data-testid=export-json]").addEventListener("click", () => exportJson(model, view));

const searchInput = $("#search") as HTMLInputElement;
attachSearch(searchInput, $("#search-results") as HTMLUListElement, (hit) => {
  if (!model.graph.hasNode(hit.id)) {
    ctx.toast(`${hit.name} is not in the loaded graph yet`);
    return;
  }
  if (!view.isNodeVisible(hit.id) && view.focused) view.expand(hit.id);
  ctx.select(hit.id, { centre: true, tab: currentTab === "followers" ? "followers" : "details" });
}, { idPrefix: "search-hit" });

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  const typing = target.closest("input, textarea, select, [contenteditable]");
  if (event.key === "/" && !typing) {
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  }
});

// ---- status -------------------------------------------------------------------------------------------------------

function updateStatus(): void {
  const visible = view.visibleNodeIds.size;
  const total = model.graph.order;
  $("[data-testid=stats]").textContent =
    visible === total ? `${total} nodes · ${model.graph.size} edges` : `${visible} of ${total} nodes · ${view.visibleEdgeIds.size} of ${model.graph.size} edges`;
  $("[data-testid=revision]").textContent = `rev ${model.revision < 0 ? "–" : model.revision}`;
  const isolated = $("[data-testid=isolated-toggle]") as HTMLButtonElement;
  const shown = isolated.getAttribute("aria-pressed") === "true";
  isolated.hidden = !shown && view.hiddenIsolated === 0;
  isolated.textContent = shown ? "Hide nodes without links" : `${view.hiddenIsolated} without links hidden · show`;
  isolated.title = shown ? "Hide the people and labs that have no edge" : "People and labs with no edge are not drawn; click to draw them";
  const banner = $("[data-testid=focus-banner]");
  banner.hidden = !view.focused;
  banner.querySelector(".focus-text")!.textContent = `Focus: ${visible} of ${total} nodes shown`;
}
view.onChange(updateStatus);

function setConnection(state: ConnectionState, detail?: string): void {
  connectionState = state;
  const element = $("[data-testid=connection-state]");
  element.dataset.state = state;
  element.title = detail ?? "";
  element.querySelector(".connection-text")!.textContent =
    { connecting: "Connecting", live: "Live", reconnecting: "Reconnecting…", offline: "Offline" }[state];
}

layout.onRunningChange((running) => {
  $("[data-testid=layout-status]").hidden = !running;
});

// ---- loading and live updates -------------------------------------------------------------------------------------

function afterApply(result: ApplyResult, live: boolean): void {
  const initial = result.replaced && result.addedNodes.length === model.graph.order;
  if (initial) {
    // On the page's first load the layout worker starts only once the first frame is shown (see load()).
    layout.placeAll(ready);
    if (model.graph.order > focusThreshold && new URLSearchParams(location.search).get("view") !== "all") {
      view.focus(model.graph.filterNodes((_node, attributes) => attributes.kind === "lab"));
    }
  } else {
    layout.placeNew(result.addedNodes);
  }
  view.recompute();
  timeBar.updateRange();
  // The as-of picture comes from the server: a change may alter what held on the date shown.
  if (!initial) timeBar.refresh();
  if (live) view.flash([...result.addedNodes, ...result.addedEdges]);
  const added = { nodes: result.addedNodes, edges: [...result.addedEdges, ...result.changedEdges] };
  changeListeners.forEach((listener) => listener(added));
  updateStatus();
}

// Payloads are applied one at a time, in arrival order: a gap fetch must finish before the next delta is looked at.
let queue: Promise<void> = Promise.resolve();
function receive(payload: GraphPayload, live: boolean): Promise<void> {
  queue = queue.then(async () => {
    let outcome = model.apply(payload);
    if (!outcome.applied && outcome.reason === "gap") {
      // Missed a revision: ask for what changed since the one held (the server answers a snapshot if too much).
      outcome = model.apply(await api.graph(model.revision));
    }
    if (outcome.applied) afterApply(outcome.result, live);
  }).catch((error) => {
    ctx.toast(`Could not apply an update: ${(error as Error).message}`);
  });
  return queue;
}

async function load(): Promise<void> {
  const loading = $("[data-testid=loading]");
  try {
    const payload = await api.graph();
    // The figures the benchmark reads: from the data in hand to the first frame drawn with it, by phase.
    timings.dataArrived = performance.now();
    view.suspend();
    await receive(payload, false);
    timings.applied = performance.now();
    // A large graph's edges come in over the next frames; the first frame (its nodes) is what renderMs measures.
    const drawn = view.resume();
    timings.indexed = performance.now();
    // Two frames: the first callback runs before the drawn frame is shown, the second once it has been.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    timings.rendered = performance.now();
    timings.renderMs = timings.rendered - timings.dataArrived;
    // The layout worker starts once the picture is complete, so that it does not take a core from the drawing.
    void drawn.then(() => {
      timings.complete = performance.now();
      timings.completeMs = timings.complete - timings.dataArrived!;
      if (!layoutOff) layout.settle();
    });
    timings.nodes = model.graph.order;
    timings.edges = model.graph.size;
    loading.hidden = true;
    ready = true;
    document.body.dataset.ready = "true";
  } catch (error) {
    loading.classList.add("error");
    loading.textContent = `The graph could not be loaded: ${(error as Error).message}`;
    return;
  }
  const live = new LiveConnection({
    revision: () => model.revision,
    onDelta: (delta) => void receive(delta, true),
    onState: setConnection,
  });
  await live.start();
}

// ---- test and debugging hook (read-only) --------------------------------------------------------------------------

declare global {
  interface Window {
    __graphExplorer: unknown;
  }
}

window.__graphExplorer = Object.freeze({
  get ready() {
    return ready;
  },
  nodeCount: () => model.graph.order,
  edgeCount: () => model.graph.size,
  visibleNodeCount: () => view.visibleNodeIds.size,
  visibleEdgeCount: () => view.visibleEdgeIds.size,
  hiddenIsolatedCount: () => view.hiddenIsolated,
  communityColour: (id: string) => view.communityColour(id),
  /** The labels drawn now, as boxes in graph-view pixels (none overlaps another). */
  labelBoxes: () => view.drawnLabels.map((box) => ({ ...box })),
  /** True once the labels drawn are placed for the picture shown (no pass pending, the camera at rest). */
  labelsSettled: () => view.labelsSettled,
  /** How much of the picture is drawn, 0 to 1 (a large graph's edges come in over a few frames). */
  drawnShare: () => view.drawnShare,
  /** Draws everything again from scratch (the test of drawing in steps compares both pictures). */
  redraw: () => view.refresh(),
  isNodeVisible: (id: string) => view.isNodeVisible(id),
  isEdgeVisible: (id: string) => view.isEdgeVisible(id),
  edgeIds: () => model.graph.edges(),
  edge: (id: string) => (model.graph.hasEdge(id) ? structuredClone(model.graph.getEdgeAttribute(id, "dto")) : null),
  hasNode: (id: string) => model.graph.hasNode(id),
  highlightedNodes: () => view.highlightedNodes(),
  highlightedEdges: () => view.highlightedEdges(),
  selectedNode: () => view.selectedNode,
  flashing: () => view.flashingIds(),
  revision: () => model.revision,
  asOf: () => view.asOfDay,
  connectionState: () => connectionState,
  layoutRunning: () => layout.running,
  timings: () => ({ ...timings }),
  subgraph: () => currentSubgraph(model, view),
  /** Screen position of a node (CSS pixels relative to the graph element), so tests can click it. */
  nodeScreenPosition: (id: string) => {
    if (!model.graph.hasNode(id)) return null;
    const display = view.sigma.getNodeDisplayData(id);
    if (!display) return null;
    const { x, y } = view.sigma.framedGraphToViewport(display);
    return { x, y };
  },
});

updateStatus();
void load();
