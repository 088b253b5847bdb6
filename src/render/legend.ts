// A legend that flows across the foot of a chart, wrapping at its width.
// Not exported from the package.

import { INK } from "./marks.js";
import { fit, label, num, tag, textWidth } from "./svg.js";

/** One legend item: a swatch (SVG drawn around (0, 0), at most 24 px wide) and its text. @internal */
export interface LegendItem {
  readonly swatch: string;
  readonly text: string;
}

const ROW = 18;

/** How the items flow: their positions, and the height they take. */
function flow(items: readonly LegendItem[], width: number): { at: [number, number][]; height: number; texts: string[] } {
  const at: [number, number][] = [];
  const texts = items.map((item) => fit(item.text, 48));
  let [x, row] = [0, 0];
  items.forEach((_, i) => {
    const w = 30 + textWidth(texts[i] as string, 11) + 16;
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    at.push([x, row * ROW]);
    x += w;
  });
  return { at, height: items.length === 0 ? 0 : (row + 1) * ROW, texts };
}

/** The height a legend of these items takes at this width. @internal */
export function legendHeight(items: readonly LegendItem[], width: number): number {
  return flow(items, width).height;
}

/** The legend, its first row's middle at `(x, y)`. @internal */
export function legend(items: readonly LegendItem[], x: number, y: number, width: number): string {
  const { at, texts } = flow(items, width);
  const parts = items.map((item, i) => {
    const [dx, dy] = at[i] as [number, number];
    return tag("g", { transform: `translate(${num(x + dx)} ${num(y + dy)})` }, tag("g", { transform: "translate(12 0)" }, item.swatch), label(30, 4, texts[i] as string, { "font-size": 11, fill: INK }));
  });
  return tag("g", { class: "legend" }, ...parts);
}
