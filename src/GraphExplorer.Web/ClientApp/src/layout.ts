import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { TalentGraph } from "./model";

/**
 * Positions for the talent graph. A full load starts from a cheap structured guess (labs on a circle, each person
 * beside a lab they worked at) so the first frame already reads well, then ForceAtlas2 runs in a web worker until the
 * nodes stop moving. When nodes arrive later they are placed beside their neighbours and the old nodes are held still
 * while the newcomers settle, so what the user was looking at stays where it was.
 */
export class Layout {
  private supervisor: FA2LayoutSupervisor | null = null;
  private timer: number | null = null;
  private listeners: ((running: boolean) => void)[] = [];
  private random: () => number;

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
    return this.supervisor?.isRunning() ?? false;
  }

  /** Lays out the whole graph from scratch. */
  placeAll(): void {
    const labs = this.graph.filterNodes((_node, attributes) => attributes.kind === "lab");
    const radius = 10 * Math.sqrt(this.graph.order + 1);
    labs.forEach((lab, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, labs.length);
      this.graph.mergeNodeAttributes(lab, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    this.graph.forEachNode((node, attributes) => {
      if (attributes.kind === "lab") return;
      const labNeighbour = this.graph.neighbors(node).find((n) => this.graph.getNodeAttribute(n, "kind") === "lab");
      const anchor = labNeighbour ? this.graph.getNodeAttributes(labNeighbour) : { x: 0, y: 0 };
      const spread = radius / 3;
      this.graph.mergeNodeAttributes(node, {
        x: anchor.x + (this.random() - 0.5) * spread,
        y: anchor.y + (this.random() - 0.5) * spread,
      });
    });
    // Small graphs settle synchronously in a few milliseconds: the first frame is already the final picture.
    if (this.graph.order <= 400 && this.graph.order > 0) {
      forceAtlas2.assign(this.graph, { iterations: 400, settings: this.settings() });
      this.notify();
    } else {
      this.run(new Set());
    }
  }

  /** Places newly arrived nodes beside their placed neighbours and lets only them move while they settle. */
  placeNew(newNodes: string[]): void {
    if (newNodes.length === 0) return;
    const fresh = new Set(newNodes);
    const placed = this.graph.filterNodes((node) => !fresh.has(node));
    const extent = this.extent();
    // Nodes whose neighbours are all new too are placed after them, so chains of new nodes stay together.
    for (let pass = 0; pass < 3; pass++) {
      for (const node of newNodes) {
        if (!fresh.has(node)) continue;
        const anchors = this.graph.neighbors(node).filter((n) => !fresh.has(n));
        if (anchors.length === 0 && pass < 2) continue;
        let x = extent.cx + (this.random() - 0.5) * extent.size;
        let y = extent.cy + (this.random() - 0.5) * extent.size;
        if (anchors.length) {
          x = anchors.reduce((sum, n) => sum + this.graph.getNodeAttribute(n, "x"), 0) / anchors.length;
          y = anchors.reduce((sum, n) => sum + this.graph.getNodeAttribute(n, "y"), 0) / anchors.length;
          const jitter = Math.max(1, extent.size / 40);
          x += (this.random() - 0.5) * jitter;
          y += (this.random() - 0.5) * jitter;
        }
        this.graph.mergeNodeAttributes(node, { x, y });
        fresh.delete(node);
      }
    }
    if (placed.length === 0) {
      this.placeAll();
      return;
    }
    this.run(new Set(placed), 2500);
  }

  stop(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    if (this.supervisor) {
      this.supervisor.kill();
      this.supervisor = null;
    }
    this.graph.forEachNode((node, attributes) => {
      if (attributes.fixed) this.graph.removeNodeAttribute(node, "fixed");
    });
    this.notify();
  }

  /** Runs the worker until mean movement falls below a small share of the picture, or a time cap passes. */
  private run(hold: Set<string>, maxMs?: number): void {
    this.stop();
    if (this.graph.order === 0) return;
    hold.forEach((node) => this.graph.setNodeAttribute(node, "fixed", true));
    this.supervisor = new FA2LayoutSupervisor(this.graph, { settings: this.settings() });
    this.supervisor.start();
    this.notify();
    const cap = maxMs ?? Math.min(20000, 3000 + this.graph.order * 2);
    const started = performance.now();
    let previous = this.snapshot();
    const check = () => {
      const current = this.snapshot();
      const extent = this.extent().size || 1;
      let moved = 0;
      current.forEach((pos, node) => {
        const before = previous.get(node);
        if (before) moved += Math.hypot(pos[0] - before[0], pos[1] - before[1]);
      });
      const mean = moved / Math.max(1, current.size) / extent;
      previous = current;
      if (mean < 0.0015 || performance.now() - started > cap) this.stop();
      else this.timer = window.setTimeout(check, 500);
    };
    this.timer = window.setTimeout(check, 700);
  }

  private snapshot(): Map<string, [number, number]> {
    const positions = new Map<string, [number, number]>();
    // Sampling keeps the check cheap on a large graph.
    const step = Math.max(1, Math.floor(this.graph.order / 2000));
    let i = 0;
    this.graph.forEachNode((node, attributes) => {
      if (i++ % step === 0) positions.set(node, [attributes.x, attributes.y]);
    });
    return positions;
  }

  private extent(): { cx: number; cy: number; size: number } {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    this.graph.forEachNode((_node, { x, y }) => {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    });
    if (!Number.isFinite(minX)) return { cx: 0, cy: 0, size: 100 };
    return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, size: Math.max(maxX - minX, maxY - minY, 1) };
  }

  private settings() {
    const inferred = forceAtlas2.inferSettings(this.graph);
    return {
      ...inferred,
      barnesHutOptimize: this.graph.order > 500,
      // Heavier gravity keeps the lab-less fringe from drifting away; some slowdown avoids jitter in the last steps.
      gravity: 1.5,
      scalingRatio: 6,
      slowDown: 2 + Math.log(1 + this.graph.order) / 2,
      adjustSizes: false,
    };
  }

  private notify(): void {
    const running = this.running;
    this.listeners.forEach((listener) => listener(running));
  }
}
