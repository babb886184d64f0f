import type { AbstractGraph } from "graphology-types";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { NodeSquareProgram } from "@sigma/node-square";
import { LabelPlacer, type LabelBox, type LabelCandidate } from "./labels";
import type { EdgeAttributes, GraphModel, NodeAttributes } from "./model";

const dimNode = "#e2e8f0";
const dimEdge = "#eef2f6";
const flashColor = "#e11d48";
const flashMs = 3000;
const largeGraphEdges = 5000;
/** At most this many labels in a large graph: the pass stays cheap and the picture readable. */
const largeGraphLabels = 400;
const labelSize = 12;
/** A large graph's edges come in over this many frames after its nodes. */
const drawSteps = 6;
const labelFont = "Inter, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The WebGL picture of the model: what is visible (time filter, focus), what stands out (selection, path, cluster,
 * live arrivals) and the colouring (by kind or by community). Visibility is computed once per change into sets, so the
 * per-frame reducers only look things up.
 */
export class GraphView {
  readonly sigma: Sigma;
  private asOf: string | null = null;
  /** The edges that held on the as-of date, as the server's as-of rule answers it (null with all of history). */
  private asOfEdges: ReadonlySet<string> | null = null;
  private showIsolated = false;
  private isolatedHidden = 0;
  /** Null: everything; otherwise only these nodes (a focus the user widens with Expand). */
  private revealed: Set<string> | null = null;
  private readonly expansions = new Map<string, Set<string>>();
  private visibleNodes = new Set<string>();
  private visibleEdges = new Set<string>();
  private selected: string | null = null;
  private selectionSet: Highlight | null = null;
  private highlight: Highlight | null = null;
  private communities: Map<string, string> | null = null;
  private readonly flashing = new Map<string, number>();
  private flashTimer: number | null = null;
  private readonly listeners: (() => void)[] = [];
  private large = false;
  /** The nodes whose labels the collision pass lets sigma draw: none until it has run, so none ever overlap. */
  private labelled = new Set<string>();
  private labelBoxes: LabelBox[] = [];
  private labelFrame: number | null = null;
  /** The camera or the picture changed since the labels were last placed. */
  private labelsStale = true;
  private readonly labels = new LabelPlacer(`500 ${labelSize}px ${labelFont}`, labelSize);
  /** A large graph's edges not drawn yet (null: all are): its first frame shows the nodes, the edges follow. */
  private pendingEdges: Set<string> | null = null;
  private readonly progress: HTMLElement;

  constructor(private readonly model: GraphModel, container: HTMLElement) {
    // Sigma is used untyped: its program classes are typed for plain attributes; the reducers cast back.
    this.sigma = new Sigma(model.graph as unknown as AbstractGraph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      defaultEdgeType: "line",
      defaultNodeType: "circle",
      labelFont,
      labelSize,
      labelWeight: "500",
      labelColor: { color: "#1e293b" },
      labelRenderedSizeThreshold: 4,
      // No label from sigma's own grid: the collision pass forces the labels drawn (see placeLabels).
      labelDensity: 0,
      zIndex: true,
      stagePadding: 40,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeProgramClasses: { square: NodeSquareProgram, point: NodePointProgram },
      // "thin" draws 1-pixel GL lines: on software WebGL a large graph's 30,000 edges cost about a tenth of the
      // antialiased rectangles and arrowheads (measured in the render benchmark), which dominated its first frame.
      edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram, curved: EdgeCurveProgram, thin: EdgeLineProgram },
      nodeReducer: (node, data) => this.reduceNode(node, data as NodeAttributes),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data as EdgeAttributes),
    });
    this.progress = document.createElement("div");
    this.progress.className = "draw-progress";
    this.progress.dataset.testid = "draw-progress";
    this.progress.setAttribute("role", "progressbar");
    this.progress.setAttribute("aria-label", "Drawing the graph");
    this.progress.setAttribute("aria-valuemin", "0");
    this.progress.setAttribute("aria-valuemax", "100");
    this.progress.hidden = true;
    this.progress.innerHTML = '<span class="draw-progress-text"></span><span class="draw-progress-track"><span class="draw-progress-bar"></span></span>';
    container.append(this.progress);
    // Sigma follows window resizes only; the panel widening (Flows, Cypher) resizes the container alone.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh();
    }).observe(container);
    // Labels are placed again whenever the camera or the picture changes, so they never overlap at any zoom.
    this.sigma.on("afterRender", () => this.scheduleLabels());
    this.sigma.getCamera().on("updated", () => {
      this.labelsStale = true;
    });
    this.recompute();
  }

  /**
   * Detaches the renderer while a large payload is loaded: every node and edge added would otherwise be indexed and
   * reduced one by one; <see cref="resume"/> then indexes the whole graph once.
   */
  suspend(): void {
    this.sigma.setGraph(new MultiDirectedGraph() as unknown as AbstractGraph);
  }

  /**
   * Indexes and draws the loaded graph. A large graph is drawn in steps: its nodes in the first frame, then its edges
   * a share per frame under a progress bar, to the same picture a single drawing gives. Resolves once all is drawn.
   */
  resume(): Promise<void> {
    // Setting the graph indexes and draws it once; the visible sets are worked out first so that this one drawing is
    // the right one (a second full refresh here doubled the first frame's GPU work).
    this.computeVisible();
    const done = this.large ? this.drawInSteps() : Promise.resolve();
    this.sigma.setGraph(this.model.graph as unknown as AbstractGraph);
    this.listeners.forEach((listener) => listener());
    return done;
  }

  /** How much of the picture is drawn, 0 to 1 (1 when no drawing in steps is under way). */
  get drawnShare(): number {
    const total = this.model.graph.size;
    return this.pendingEdges === null || total === 0 ? 1 : 1 - this.pendingEdges.size / total;
  }

  /**
   * Holds every edge back, then hands sigma a share of them per frame. Only the edges that come in are processed
   * again (their places in the edge program were kept while hidden), so each step costs its share and one redraw.
   */
  private drawInSteps(): Promise<void> {
    const order = this.model.graph.edges();
    this.pendingEdges = new Set(order);
    const share = Math.max(2000, Math.ceil(order.length / drawSteps));
    this.showProgress();
    return new Promise((resolve) => {
      let next = 0;
      const step = () => {
        const pending = this.pendingEdges;
        if (pending === null) return resolve();
        const edges = order.slice(next, next + share).filter((edge) => pending.delete(edge) && this.model.graph.hasEdge(edge));
        next += share;
        if (next >= order.length) this.pendingEdges = null;
        try {
          this.sigma.refresh({ partialGraph: { edges }, skipIndexation: true });
        } catch {
          // An edge sigma has not indexed (the graph changed meanwhile) cannot be drawn alone: index everything.
          this.sigma.refresh({ skipIndexation: false });
        }
        this.showProgress();
        if (this.pendingEdges === null) resolve();
        else requestAnimationFrame(step);
      };
      // The steps start once the first frame (the nodes and their labels) is on screen: it comes first, alone.
      requestAnimationFrame(() => requestAnimationFrame(step));
    });
  }

  private showProgress(): void {
    const percent = Math.round(this.drawnShare * 100);
    this.progress.hidden = this.pendingEdges === null;
    this.progress.setAttribute("aria-valuenow", String(percent));
    this.progress.querySelector<HTMLElement>(".draw-progress-bar")!.style.width = `${percent}%`;
    this.progress.querySelector(".draw-progress-text")!.textContent = `Drawing ${this.model.graph.size.toLocaleString("en")} edges… ${percent}%`;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  // ---- visibility ----------------------------------------------------------------------------------------------

  /**
   * Shows the graph as of an ISO day with the edges that held then (from GET /api/graph?asOf=), or all of history for
   * null. The page does not judge dates itself: the server's rule (first reports, foundings, next moves) decides.
   */
  setAsOf(day: string | null, edges: ReadonlySet<string> | null = null): void {
    this.asOf = day;
    this.asOfEdges = day === null ? null : (edges ?? new Set());
    this.recompute();
  }

  /** Labs with no edge at all are left out unless asked for: they only clutter the picture. */
  setShowIsolated(show: boolean): void {
    this.showIsolated = show;
    this.recompute();
  }

  /** How many nodes with no edge the view leaves out now. */
  get hiddenIsolated(): number {
    return this.isolatedHidden;
  }

  get asOfDay(): string | null {
    return this.asOf;
  }

  get focused(): boolean {
    return this.revealed !== null;
  }

  /** Shows only these nodes; Expand then brings their neighbours in on demand. */
  focus(nodes: string | string[]): void {
    this.revealed = new Set(typeof nodes === "string" ? [nodes] : nodes);
    this.expansions.clear();
    this.recompute();
  }

  showAll(): void {
    this.revealed = null;
    this.expansions.clear();
    this.recompute();
  }

  isExpanded(node: string): boolean {
    return this.expansions.has(node);
  }

  /** How many of a node's neighbours the focus hides now (what Expand would bring in). */
  hiddenNeighbours(node: string): number {
    if (!this.revealed || !this.model.graph.hasNode(node)) return 0;
    return this.model.graph.neighbors(node).filter((n) => !this.revealed!.has(n)).length;
  }

  /** How many neighbours Collapse would hide: what this node's expansion brought in, or else its leaves. */
  collapsibleNeighbours(node: string): number {
    return this.collapseCandidates(node).length;
  }

  /** Reveals a node's neighbours and remembers which ones this expansion brought in, so Collapse can undo it. */
  expand(node: string): number {
    if (!this.model.graph.hasNode(node)) return 0;
    const revealed = (this.revealed ??= new Set(this.model.graph.nodes()));
    revealed.add(node);
    const added = new Set<string>();
    this.model.graph.forEachNeighbor(node, (neighbour) => {
      if (!revealed.has(neighbour)) {
        revealed.add(neighbour);
        added.add(neighbour);
      }
    });
    this.expansions.set(node, added);
    this.recompute();
    return added.size;
  }

  /** Hides what the node's expansion revealed (or, never expanded, the neighbours hanging only on it). */
  collapse(node: string): number {
    const candidates = this.collapseCandidates(node);
    const revealed = (this.revealed ??= new Set(this.model.graph.nodes()));
    this.expansions.delete(node);
    candidates.forEach((n) => revealed.delete(n));
    this.recompute();
    return candidates.length;
  }

  private collapseCandidates(node: string): string[] {
    const graph = this.model.graph;
    if (!graph.hasNode(node)) return [];
    const isShown = (n: string) => !this.revealed || this.revealed.has(n);
    const stillNeeded = new Set<string>([node]);
    for (const [other, set] of this.expansions) {
      if (other === node) continue;
      stillNeeded.add(other);
      set.forEach((n) => stillNeeded.add(n));
    }
    const brought = this.expansions.get(node);
    const candidates = brought
      ? [...brought]
      : graph.neighbors(node).filter((n) => graph.neighbors(n).every((m) => m === node || !isShown(m)));
    return candidates.filter((n) => isShown(n) && !stillNeeded.has(n));
  }

  /** Recomputes the visible sets after the graph, the date or the focus changed. */
  recompute(): void {
    this.computeVisible();
    if (this.selected && !this.model.graph.hasNode(this.selected)) this.select(null);
    this.refresh();
  }

  private computeVisible(): void {
    const graph = this.model.graph;
    // A large graph is drawn with straight edges (curves cost several times more to draw) and without edges while
    // the camera moves, so that panning and zooming stay smooth even on software WebGL.
    const large = graph.size > largeGraphEdges;
    if (large !== this.large) {
      this.large = large;
      this.sigma.setSetting("hideEdgesOnMove", large);
      // Labels placed for one zoom would overlap at another: a large graph, whose pass is not run on every frame of a
      // move, shows none while the camera moves and places them again when it stops.
      this.sigma.setSetting("hideLabelsOnMove", large);
      document.querySelector<HTMLElement>("[data-testid=legend]")?.setAttribute("data-edges", large ? "plain" : "full");
    }
    const edges = new Set<string>();
    const nodes = new Set<string>();
    graph.forEachEdge((edge, _attributes, source, target) => {
      if (this.asOfEdges !== null && !this.asOfEdges.has(edge)) return;
      if (this.revealed && !(this.revealed.has(source) && this.revealed.has(target))) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    let isolated = 0;
    if (this.asOf === null) {
      // Without a date every node shows (a focus still limits them), except those with no edge at all unless asked.
      graph.forEachNode((node) => {
        if (this.revealed && !this.revealed.has(node)) return;
        if (graph.degree(node) === 0 && !this.showIsolated) {
          isolated++;
          return;
        }
        nodes.add(node);
      });
    } else if (this.revealed) {
      this.revealed.forEach((node) => {
        if (graph.hasNode(node) && graph.degree(node) === 0) nodes.add(node);
      });
    }
    this.visibleNodes = nodes;
    this.visibleEdges = edges;
    this.isolatedHidden = isolated;
  }

  isNodeVisible(node: string): boolean {
    return this.visibleNodes.has(node);
  }

  isEdgeVisible(edge: string): boolean {
    return this.visibleEdges.has(edge);
  }

  get visibleNodeIds(): ReadonlySet<string> {
    return this.visibleNodes;
  }

  get visibleEdgeIds(): ReadonlySet<string> {
    return this.visibleEdges;
  }

  // ---- emphasis ------------------------------------------------------------------------------------------------

  get selectedNode(): string | null {
    return this.selected;
  }

  /** Selects a node: it and its neighbourhood stand out, the rest fades. */
  select(node: string | null): void {
    this.selected = node && this.model.graph.hasNode(node) ? node : null;
    if (this.selected) {
      const nodes = new Set([this.selected]);
      const edges = new Set<string>();
      this.model.graph.forEachEdge(this.selected, (edge, _attributes, source, target) => {
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
      this.selectionSet = { nodes, edges };
    } else {
      this.selectionSet = null;
    }
    this.refresh();
  }

  /** A path or a cluster to emphasise over the selection; null to clear. */
  setHighlight(highlight: Highlight | null): void {
    this.highlight = highlight;
    this.refresh();
  }

  /** The nodes that stand out now (a path or cluster first, else the selection). */
  highlightedNodes(): string[] {
    return [...(this.highlight?.nodes ?? this.selectionSet?.nodes ?? [])];
  }

  highlightedEdges(): string[] {
    return [...(this.highlight?.edges ?? this.selectionSet?.edges ?? [])];
  }

  /** Marks elements that just arrived from the live stream; they glow for a few seconds. */
  flash(ids: string[]): void {
    const until = performance.now() + flashMs;
    ids.forEach((id) => this.flashing.set(id, until));
    if (this.flashTimer !== null) window.clearTimeout(this.flashTimer);
    const tick = () => {
      const now = performance.now();
      for (const [id, end] of this.flashing) if (end <= now) this.flashing.delete(id);
      this.refresh();
      this.flashTimer = this.flashing.size ? window.setTimeout(tick, 250) : null;
    };
    this.flashTimer = window.setTimeout(tick, 250);
    this.refresh();
  }

  flashingIds(): string[] {
    return [...this.flashing.keys()];
  }

  /** The community colour a node is drawn in now, or null when the view is not coloured by community. */
  communityColour(node: string): string | null {
    return this.communities?.get(node) ?? null;
  }

  /** Colours people and labs by community (node id → cluster colour), or by kind again for null. */
  setCommunities(colours: Map<string, string> | null): void {
    this.communities = colours;
    this.refresh();
  }

  // ---- camera --------------------------------------------------------------------------------------------------

  /** Centres the camera on a node, zoomed so that its visible neighbours fit around it. */
  centreOn(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    let reach = 0;
    this.model.graph.forEachNeighbor(node, (neighbour) => {
      const other = this.visibleNodes.has(neighbour) ? this.sigma.getNodeDisplayData(neighbour) : undefined;
      if (other) reach = Math.max(reach, Math.abs(other.x - display.x), Math.abs(other.y - display.y));
    });
    const ratio = Math.min(1.2, Math.max(0.12, reach * 2.4));
    this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 450 });
  }

  /** Moves the camera so that all these nodes are in view (a path, a cluster). */
  fitNodes(nodes: Iterable<string>): void {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const node of nodes) {
      const display = this.model.graph.hasNode(node) ? this.sigma.getNodeDisplayData(node) : undefined;
      if (!display) continue;
      minX = Math.min(minX, display.x); maxX = Math.max(maxX, display.x);
      minY = Math.min(minY, display.y); maxY = Math.max(maxY, display.y);
    }
    if (!Number.isFinite(minX)) return;
    // Room around the group for its labels (which run to the right of their nodes): a little more than its extent.
    const ratio = Math.min(1.6, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.8));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
  }

  fit(): void {
    this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    camera.animate({ ratio: camera.getState().ratio / factor }, { duration: 200 });
  }

  pan(dx: number, dy: number): void {
    const camera = this.sigma.getCamera();
    const state = camera.getState();
    camera.animate({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio }, { duration: 150 });
  }

  refresh(): void {
    this.sigma.refresh({ skipIndexation: false });
    this.listeners.forEach((listener) => listener());
  }

  // ---- labels --------------------------------------------------------------------------------------------------

  /** The boxes (viewport pixels) of the labels drawn now: none overlaps another. */
  get drawnLabels(): readonly LabelBox[] {
    return this.labelBoxes;
  }

  /** True once the labels drawn are placed for the picture shown (no pass pending, the camera at rest). */
  get labelsSettled(): boolean {
    return !this.labelsStale && this.labelFrame === null && !this.cameraMoving();
  }

  /** Sigma's own test for a moving picture (it then leaves out edges and, in a large graph, labels). */
  private cameraMoving(): boolean {
    const captor = this.sigma.getMouseCaptor();
    return this.sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
  }

  private scheduleLabels(): void {
    if (this.large && this.cameraMoving()) {
      // Sigma draws no label while a large graph moves; the render that ends the move schedules the pass.
      this.labelBoxes = [];
      return;
    }
    if (this.labelFrame !== null) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = null;
      this.placeLabels();
    });
  }

  /**
   * A collision pass over the visible labels, most important first (the selection and what stands out, then labs,
   * then bigger nodes): a label is drawn only when its box overlaps no label already placed and stays inside the view.
   * Sigma then draws exactly these (forced), and no other. Only a changed choice is drawn again, and only the nodes
   * whose label came or went are handed back to sigma, so a large graph is not re-indexed for it.
   */
  private placeLabels(): void {
    this.labelsStale = false;
    const { width, height } = this.sigma.getDimensions();
    const emphasis = this.highlight ?? (this.communities ? null : this.selectionSet);
    // In a large graph a node too small to read on screen is not named unless it stands out (sigma's own threshold).
    const minSize = this.large ? this.sigma.getSetting("labelRenderedSizeThreshold") : 0;
    const candidates: LabelCandidate[] = [];
    this.model.graph.forEachNode((node, attributes) => {
      if (!this.visibleNodes.has(node)) return;
      const display = this.sigma.getNodeDisplayData(node);
      if (!display || display.hidden || !attributes.label) return;
      const { x, y } = this.sigma.framedGraphToViewport(display);
      if (x < -200 || y < -20 || x > width + 20 || y > height + 20) return;
      const stands = node === this.selected || this.flashing.has(node) ? 3 : emphasis?.nodes.has(node) ? 2 : emphasis ? -1 : 0;
      // Faded people are drawn nameless (see reduceNode): no box is kept for a label that is not drawn.
      if (stands < 0 && attributes.kind !== "lab") return;
      const r = this.sigma.scaleSize(display.size);
      if (stands <= 0 && r < minSize) return;
      candidates.push({ node, rank: stands * 1000 + (attributes.kind === "lab" ? 500 : 0) + display.size, x, y, r, text: attributes.label });
    });
    const boxes = this.labels.place(candidates, width, height, this.large ? largeGraphLabels : 2000);
    const chosen = new Set(boxes.map((box) => box.node));
    const changed = [...chosen].filter((node) => !this.labelled.has(node));
    this.labelled.forEach((node) => {
      if (!chosen.has(node) && this.model.graph.hasNode(node)) changed.push(node);
    });
    this.labelBoxes = boxes;
    this.labelled = chosen;
    if (changed.length === 0) return;
    try {
      this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
    } catch {
      // A node sigma has not indexed yet cannot be redrawn alone: index everything once.
      this.sigma.refresh({ skipIndexation: false });
    }
  }

  // ---- reducers ------------------------------------------------------------------------------------------------

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    // Sigma hands reducers a copy of the attributes, so it is changed in place (no second copy per node per frame).
    const result = data as unknown as Partial<NodeDisplayData>;
    if (!this.visibleNodes.has(node)) {
      result.hidden = true;
      return result;
    }
    if (this.communities) result.color = this.communities.get(node) ?? "#cbd5e1";
    // A large graph draws people as GL points: on software WebGL they cost a fraction of the circle program's
    // triangles (its picking pass included), and at that size they look the same.
    if (this.large && data.kind === "person") result.type = "point";
    // Coloured by community, a selection only marks its node: fading the rest would hide the colours asked for.
    const emphasis = this.highlight ?? (this.communities ? null : this.selectionSet);
    if (emphasis && !emphasis.nodes.has(node)) {
      result.color = dimNode;
      result.label = data.kind === "lab" ? data.label : "";
      result.zIndex = 0;
    } else {
      if (emphasis) result.zIndex = 2;
      if (node === this.selected || this.highlight) result.highlighted = true;
    }
    if (this.flashing.has(node)) {
      result.color = flashColor;
      result.size = (data.size ?? 4) * 1.8;
      result.highlighted = true;
      result.zIndex = 3;
    }
    // Which labels are drawn is the collision pass's choice alone (see placeLabels); the others keep their text, so
    // hovering a node still names it.
    result.forceLabel = this.labelled.has(node);
    return result;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const result = data as unknown as Partial<EdgeDisplayData> & { curvature?: number };
    const emphasis = this.highlight ?? (this.communities ? null : this.selectionSet);
    if (this.large) {
      // One-pixel lines in the kind's colour: at this scale arrowheads and curves are specks that cost most of the
      // drawing, and thick foundings would paint over everything else. The few edges that stand out keep their full
      // drawing (arrows for moves). The program is chosen before visibility: an edge waiting to be drawn (see
      // drawInSteps) already holds its place in the program it will be drawn with.
      result.type = emphasis?.edges.has(edge) ? (data.dto.type === "LEFT_FOR" ? "arrow" : "line") : "thin";
      result.size = 1;
    }
    // FOUNDED bends the other way from LEFT_FOR so that both stay apart from a straight WORKED_AT on the same pair.
    else result.curvature = data.dto.type === "FOUNDED" ? -0.35 : 0.3;
    if (!this.visibleEdges.has(edge) || this.pendingEdges?.has(edge)) {
      result.hidden = true;
      return result;
    }
    if (emphasis) {
      if (emphasis.edges.has(edge)) {
        result.size = (data.size ?? 1) * (this.highlight ? 2.5 : 1.6);
        result.zIndex = 2;
        if (this.highlight) result.color = "#1d4ed8";
      } else {
        result.color = dimEdge;
        result.zIndex = 0;
      }
    }
    if (this.flashing.has(edge)) {
      result.color = flashColor;
      result.size = (data.size ?? 1) * 2.5;
      result.zIndex = 3;
    }
    return result;
  }
}
