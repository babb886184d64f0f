import iterate from "graphology-layout-forceatlas2/iterate";

// ForceAtlas2 off the page's thread. The page sends the FA2 matrices; the worker iterates and posts positions back
// at a steady pace (not every iteration: redrawing a large graph costs the page far more than an iteration costs
// here), and says when the nodes have stopped moving or the time is up. The page stops a run by terminating it.

export interface LayoutRequest {
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, unknown>;
  /** Post positions at most this often. */
  reportMs: number;
  /** Give up after this long even if still moving. */
  maxMs: number;
  /** Settled when the mean move per report falls below this share of the picture's size. */
  threshold: number;
}

export interface LayoutReport {
  positions: Float32Array;
  done: boolean;
}

const stride = 10; // FA2's values per node: x, y, then forces, mass, size, fixed…

function positionsOf(nodes: Float32Array): Float32Array {
  const positions = new Float32Array((nodes.length / stride) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += stride, j += 2) {
    positions[j] = nodes[i];
    positions[j + 1] = nodes[i + 1];
  }
  return positions;
}

function meanMove(before: Float32Array, after: Float32Array): number {
  let moved = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let j = 0; j < after.length; j += 2) {
    moved += Math.hypot(after[j] - before[j], after[j + 1] - before[j + 1]);
    minX = Math.min(minX, after[j]); maxX = Math.max(maxX, after[j]);
    minY = Math.min(minY, after[j + 1]); maxY = Math.max(maxY, after[j + 1]);
  }
  const size = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / Math.max(1, after.length / 2) / size;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, settings, reportMs, maxMs, threshold } = event.data;
  const started = performance.now();
  let lastReport = started;
  let previous = positionsOf(nodes);
  for (;;) {
    iterate(settings, nodes, edges);
    const now = performance.now();
    if (now - lastReport < reportMs) continue;
    lastReport = now;
    const positions = positionsOf(nodes);
    const done = meanMove(previous, positions) < threshold || now - started > maxMs;
    previous = positions;
    (self as unknown as Worker).postMessage({ positions: positions.slice(), done } satisfies LayoutReport, [positions.buffer]);
    if (done) return;
  }
};
