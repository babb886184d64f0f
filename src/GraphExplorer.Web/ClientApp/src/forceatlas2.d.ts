// The FA2 package ships types for its layout and its supervisor only; the page's own worker uses two more of its files.
declare module "graphology-layout-forceatlas2/iterate" {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/helpers" {
  import type { AbstractGraph } from "graphology-types";

  export function graphToByteArrays(
    graph: AbstractGraph,
    getEdgeWeight: (edge: string, attributes: unknown, source: string, target: string) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module "graphology-layout-forceatlas2/defaults" {
  const defaults: Record<string, unknown>;
  export default defaults;
}
