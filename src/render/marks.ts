// The marks the charts share: series styles that differ in shape and dash as
// well as colour (a chart printed in grey stays readable), marker shapes,
// fill patterns, whiskers and arrows. Not exported from the package.

import { num, polyline, ref, tag } from "./svg.js";
import type { Ref } from "./svg.js";

/** Ink for text and axes: #1a1a1a on white is 17:1. @internal */
export const INK = "#1a1a1a";
/** Grid lines and quiet marks. @internal */
export const GRID = "#d4d4d4";
/** Secondary text and marks: 7:1 on white. @internal */
export const MUTED = "#525252";

/** A marker shape; every series has its own, so that series differ without colour. @internal */
export type Shape = "circle" | "square" | "triangle" | "diamond" | "triangle-down" | "hexagon";

/** How a series is drawn: a colour of at least 7:1 on white (it may write text), a shape and a dash pattern. @internal */
export interface SeriesStyle {
  readonly color: string;
  readonly shape: Shape;
  /** `stroke-dasharray`, or "" for a solid line. */
  readonly dash: string;
}

// blue 7.8:1, amber 7.7:1, green 7.7:1, purple 8.7:1, rose 8.0:1, slate 10.3:1 on white (WCAG 2)
const COLORS = ["#0b5394", "#8a3c06", "#065f46", "#6b21a8", "#9f1239", "#374151"];
const SHAPES: readonly Shape[] = ["circle", "square", "triangle", "diamond", "triangle-down", "hexagon"];
const DASHES = ["", "7 3", "2 3", "9 3 2 3", "12 4", "4 2 1 2"];

/** The style of the `n`th series: after six, shapes and dashes are paired differently, so that no two of the first 36 look alike. @internal */
export function seriesStyle(n: number): SeriesStyle {
  const k = Math.floor(n / 6);
  return { color: COLORS[n % 6] as string, shape: SHAPES[(n + k) % 6] as Shape, dash: DASHES[(n + 2 * k) % 6] as string };
}

/** The outline of a shape of radius `r` around `(x, y)`, as path data. */
function outline(shape: Shape, x: number, y: number, r: number): string {
  const at = (points: readonly (readonly [number, number])[]) => `${polyline(points.map(([dx, dy]) => [x + dx * r, y + dy * r] as const))} Z`;
  switch (shape) {
    case "circle":
      return `M${num(x - r)} ${num(y)} A${num(r)} ${num(r)} 0 1 0 ${num(x + r)} ${num(y)} A${num(r)} ${num(r)} 0 1 0 ${num(x - r)} ${num(y)} Z`;
    case "square":
      return at([[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]]);
    case "triangle":
      return at([[0, -1.15], [1.05, 0.8], [-1.05, 0.8]]);
    case "triangle-down":
      return at([[0, 1.15], [1.05, -0.8], [-1.05, -0.8]]);
    case "diamond":
      return at([[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]]);
    case "hexagon":
      return at([[0, -1.1], [0.95, -0.55], [0.95, 0.55], [0, 1.1], [-0.95, 0.55], [-0.95, -0.55]]);
  }
}

/** A marker: filled in the series colour, or hollow (white inside) for a figure that is not the series' own statement. @internal */
export function marker(style: SeriesStyle, x: number, y: number, hollow = false, r = 5): string {
  return tag("path", { d: outline(style.shape, x, y, r), fill: hollow ? "#ffffff" : style.color, stroke: style.color, "stroke-width": 1.6 });
}

/** A vertical whisker from `y1` to `y2` at `x`, with caps; an open (unbounded) top end has no cap. @internal */
export function whisker(x: number, y1: number, y2: number, color: string, dash = "", capTop = true, width = 1.6): string {
  const cap = 4;
  const parts = [tag("path", { d: polyline([[x, y1], [x, y2]]), stroke: color, "stroke-width": width, "stroke-dasharray": dash || undefined, fill: "none" })];
  parts.push(tag("path", { d: polyline([[x - cap, y1], [x + cap, y1]]), stroke: color, "stroke-width": width }));
  if (capTop) parts.push(tag("path", { d: polyline([[x - cap, y2], [x + cap, y2]]), stroke: color, "stroke-width": width }));
  return parts.join("");
}

/** A filled arrow head at `(x2, y2)`, pointing from `(x1, y1)`. @internal */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, color: string, size = 7): string {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (!(length > 0)) return "";
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const base = [x2 - ux * size, y2 - uy * size] as const;
  const wing = size * 0.5;
  return tag("path", { d: `${polyline([[x2, y2], [base[0] - uy * wing, base[1] + ux * wing], [base[0] + uy * wing, base[1] - ux * wing]])} Z`, fill: color });
}

/** A line from one point to another with an arrow head at its end, in a dash pattern. @internal */
export function arrow(x1: number, y1: number, x2: number, y2: number, color: string, dash = "", width = 1.4): string {
  return tag("path", { d: polyline([[x1, y1], [x2, y2]]), stroke: color, "stroke-width": width, "stroke-dasharray": dash || undefined, fill: "none" }) + arrowHead(x1, y1, x2, y2, color);
}

/** The patterns of the charts, by name: `hatch` (the range an estimate allows), `dots` (alleged), `cross` (derived), `gap` (no figure). @internal */
export type Pattern = "hatch" | "dots" | "cross" | "gap";

/** A reference to a pattern, as a `fill` value. @internal */
export function fillOf(pattern: Pattern): Ref {
  return ref(`url(#@-${pattern})`);
}

/** The `<defs>` content for the patterns a chart uses. @internal */
export function patterns(used: readonly Pattern[]): string {
  const body: Readonly<Record<Pattern, string>> = {
    hatch: tag("path", { d: "M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5", stroke: INK, "stroke-width": 1.1 }),
    dots: tag("circle", { cx: 3, cy: 3, r: 1.2, fill: INK }),
    cross: tag("path", { d: "M0 0 L6 6 M6 0 L0 6", stroke: INK, "stroke-width": 0.9 }),
    gap: tag("path", { d: "M0 3 L6 3", stroke: MUTED, "stroke-width": 0.9 }),
  };
  return used.map((p) => tag("pattern", { id: ref(`@-${p}`), width: 6, height: 6, patternUnits: "userSpaceOnUse" }, body[p])).join("");
}

/** A rectangle with a tinted fill and, over it, a pattern: readable in colour and in grey. @internal */
export function patternedRect(x: number, y: number, w: number, h: number, color: string, pattern: Pattern | undefined, attrs: Readonly<Record<string, string | number>> = {}): string {
  const base = tag("rect", { x, y, width: Math.max(0, w), height: Math.max(0, h), fill: color, "fill-opacity": pattern === undefined ? 1 : 0.22, ...attrs });
  return pattern === undefined ? base : base + tag("rect", { x, y, width: Math.max(0, w), height: Math.max(0, h), fill: fillOf(pattern) });
}
