import forceAtlas2 from "graphology-layout-forceatlas2";
import defaults from "graphology-layout-forceatlas2/defaults";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers";
import type { AbstractGraph } from "graphology-types";
import type { TalentGraph } from "./model";
import type { LayoutReport, LayoutRequest } from "./layout.worker";

/** Above this many nodes positions come back less often: each update redraws the whole graph. */
const largeGraph = 3000;

/**
 * Positions for the talent graph. A full load starts from a cheap structured guess (labs on a circle, each person
 * beside a lab they worked at) so the first frame already reads well, then ForceAtlas2 runs in a web worker until the
 * nodes stop moving. When nodes arrive later they are placed beside their neighbours and the old nodes are held still
 * while the newcomers settle, so what the user was looking at stays where it was.
 */
export class Layout {
  private worker: Worker | null = null;
  private readonly listeners: ((running: boolean) => void)[] = [];
  private readonly random: () => number;

  constructor(private readonly graph: TalentGraph) {
    // A seeded generator so the same graph gets the same first picture (screenshots compare across runs).
    let seed = 0x9e3779b9;
    this.random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  onRunningChange(listener: (running: boolean) => void): void {
    this.listeners.push(listener);
  }

  get running(): boolean {
    return this.worker !== null;
  }

  /**
   * Lays out the whole graph from scratch. With <paramref name="settle"/> false a large graph keeps its first guess
   * until <see cref="settle"/> is called: the page loading it draws the first frame before the worker takes a core.
   */
  placeAll(settle = true): void {
    const labs = this.graph.filterNodes((_node, attributes) => attributes.kind === "lab");
    const radius = 10 * Math.sqrt(this.graph.order + 1);
    labs.forEach((lab, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, labs.length);
      this.graph.mergeNodeAttributes(lab, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    const spread = radius / 3;
    this.graph.updateEachNodeAttributes((node, attributes) => {
      if (attributes.kind === "lab") return attributes;
      const lab = this.graph.neighbors(node).find((n) => this.graph.getNodeAttribute(n, "kind") === "lab");
      const anchor = lab ? this.graph.getNodeAttributes(lab) : { x: 0, y: 0 };
      attributes.x = anchor.x + (this.random() - 0.5) * spread;
      attributes.y = anchor.y + (this.random() - 0.5) * spread;
      return attributes;
    });
    // Small graphs settle synchronously in a few milliseconds: the first frame is already the final picture.
    if (this.graph.order > 0 && this.graph.order <= 400) {
      this.stop();
      forceAtlas2.assign(this.graph, { iterations: 500, settings: this.settings() });
    } else if (settle) {
      this.settle();
    }
  }

  /** Lets ForceAtlas2 move every node until the picture settles (small graphs are settled by placeAll already). */
  settle(): void {
    if (this.graph.order > 400) this.run(new Set());
  }

  /** Places newly arrived nodes beside their placed neighbours and lets only them move while they settle. */
  placeNew(newNodes: string[]): void {
    if (newNodes.length === 0) return;
    const fresh = new Set(newNodes);
    const placed = this.graph.filterNodes((node) => !fresh.has(node));
    if (placed.length === 0) {
      this.placeAll();
      return;
    }
    const extent = this.extent(placed);
    // Nodes whose neighbours are all new too are placed after them, so chains of new nodes stay together.
    for (let pass = 0; pass < 3 && fresh.size; pass++) {
      for (const node of newNodes) {
        if (!fresh.has(node)) continue;
        const anchors = this.graph.neighbors(node).filter((n) => !fresh.has(n));
        if (anchors.length === 0 && pass < 2) continue;
        let x = extent.cx + (this.random() - 0.5) * extent.size;
        let y = extent.cy + (this.random() - 0.5) * extent.size;
        if (anchors.length) {
          x = anchors.reduce((sum, n) => sum + this.graph.getNodeAttribute(n, "x"), 0) / anchors.length;
          y = anchors.reduce((sum, n) => sum + this.graph.getNodeAttribute(n, "y"), 0) / anchors.length;
          // Beside the anchors, not on them: a newcomer should be visible at once, before the layout moves it.
          const angle = this.random() * 2 * Math.PI;
          const distance = Math.max(1, extent.size / 12);
          x += Math.cos(angle) * distance;
          y += Math.sin(angle) * distance;
        }
        this.graph.mergeNodeAttributes(node, { x, y });
        fresh.delete(node);
      }
    }
    this.run(new Set(placed), 3000);
  }

  stop(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.notify();
  }

  /** Runs FA2 in the worker, holding <hold> still, until the nodes settle or the time cap passes. */
  private run(hold: Set<string>, maxMs?: number): void {
    this.stop();
    if (this.graph.order === 0) return;
    hold.forEach((node) => this.graph.setNodeAttribute(node, "fixed", true));
    const { nodes, edges } = graphToByteArrays(this.graph as unknown as AbstractGraph, () => 1);
    hold.forEach((node) => this.graph.removeNodeAttribute(node, "fixed"));
    const order = this.graph.nodes();
    const large = this.graph.order > largeGraph;
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<LayoutReport>) => {
      if (this.worker !== worker) return;
      const { positions, done } = event.data;
      const index = new Map(order.map((node, i) => [node, i]));
      // One bulk update per report: one redraw, whatever the graph's size.
      this.graph.updateEachNodeAttributes((node, attributes) => {
        const i = index.get(node);
        if (i !== undefined && !hold.has(node)) {
          attributes.x = positions[2 * i];
          attributes.y = positions[2 * i + 1];
        }
        return attributes;
      });
      if (done) this.stop();
    };
    worker.onerror = () => this.stop();
    this.worker = worker;
    this.notify();
    const request: LayoutRequest = {
      nodes,
      edges,
      settings: this.settings(),
      reportMs: large ? 1500 : 80,
      maxMs: maxMs ?? Math.min(12000, 3000 + this.graph.order),
      threshold: 0.0015,
    };
    worker.postMessage(request, [nodes.buffer, edges.buffer]);
  }

  private extent(nodes: string[]): { cx: number; cy: number; size: number } {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const node of nodes) {
      const { x, y } = this.graph.getNodeAttributes(node);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    if (!Number.isFinite(minX)) return { cx: 0, cy: 0, size: 100 };
    return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, size: Math.max(maxX - minX, maxY - minY, 1) };
  }

  private settings(): Record<string, unknown> {
    const large = this.graph.order > largeGraph;
    return {
      ...defaults,
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: this.graph.order > 500,
      // LinLog pulls a large graph apart into its communities instead of one dense disc.
      linLogMode: large,
      // Heavier gravity keeps the lab-less fringe from drifting away; some slowdown avoids jitter in the last steps.
      gravity: large ? 0.5 : 1.5,
      scalingRatio: large ? 2 : 6,
      slowDown: 2 + Math.log(1 + this.graph.order) / 2,
      adjustSizes: false,
    };
  }

  private notify(): void {
    const running = this.running;
    this.listeners.forEach((listener) => listener(running));
  }
}
