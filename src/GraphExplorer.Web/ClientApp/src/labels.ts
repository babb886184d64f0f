/** A label's box in graph-view pixels. */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node that may be named: where it is on screen, its radius there, and how much its name matters (higher first). */
export interface LabelCandidate {
  node: string;
  rank: number;
  x: number;
  y: number;
  r: number;
  text: string;
}

/** Side of the square cells boxes are filed under: about a short label's width, so a box touches few cells. */
const cellSize = 64;
/** Cells are keyed by one number; the offset keeps keys of boxes a little left of or above the view positive. */
const cellOffset = 1024;
const cellKey = (gx: number, gy: number) => (gx + cellOffset) * 8192 + gy + cellOffset;
/** Text widths are remembered per text; a graph's worth of names is small, but the memory stays bounded. */
const maxRemembered = 50_000;

/**
 * The collision pass: labels are placed most important first, and a label is kept only when its box stays inside the
 * view and overlaps no label already kept. Boxes are filed in a grid of cells, so each test looks at the few boxes
 * nearby: the pass costs about the same per candidate with 40 labels or 400, which keeps it affordable on large graphs.
 */
export class LabelPlacer {
  private readonly widths = new Map<string, number>();
  private readonly context = document.createElement("canvas").getContext("2d");

  constructor(font: string, private readonly size: number) {
    if (this.context) this.context.font = font;
  }

  place(candidates: LabelCandidate[], viewWidth: number, viewHeight: number, limit: number): LabelBox[] {
    candidates.sort((a, b) => b.rank - a.rank);
    const cells = new Map<number, LabelBox[]>();
    const boxes: LabelBox[] = [];
    for (const candidate of candidates) {
      if (boxes.length >= limit) break;
      const box: LabelBox = {
        node: candidate.node,
        x: candidate.x + candidate.r + 3,
        y: candidate.y - this.size / 2 - 2,
        width: this.width(candidate.text) + 4,
        height: this.size + 4,
      };
      // A label cut by the view's edge would be misread: it is left out like one that collides.
      if (box.x < 0 || box.x + box.width > viewWidth || box.y < 0 || box.y + box.height > viewHeight) continue;
      const x0 = Math.floor(box.x / cellSize), x1 = Math.floor((box.x + box.width) / cellSize);
      const y0 = Math.floor(box.y / cellSize), y1 = Math.floor((box.y + box.height) / cellSize);
      if (this.collides(box, cells, x0, x1, y0, y1)) continue;
      boxes.push(box);
      for (let gx = x0; gx <= x1; gx++) {
        for (let gy = y0; gy <= y1; gy++) {
          const key = cellKey(gx, gy);
          const list = cells.get(key);
          if (list) list.push(box);
          else cells.set(key, [box]);
        }
      }
    }
    return boxes;
  }

  private collides(box: LabelBox, cells: Map<number, LabelBox[]>, x0: number, x1: number, y0: number, y1: number): boolean {
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) {
        for (const other of cells.get(cellKey(gx, gy)) ?? []) {
          if (box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height) return true;
        }
      }
    }
    return false;
  }

  private width(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = this.context ? this.context.measureText(text).width : text.length * 7;
      if (this.widths.size >= maxRemembered) this.widths.clear();
      this.widths.set(text, width);
    }
    return width;
  }
}
