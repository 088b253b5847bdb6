// Axes and grids: a value axis up the side or along the bottom, a time axis
// along the bottom, and the chart's title. Not exported from the package.

import { GRID, INK, MUTED } from "./marks.js";
import type { Domain, Scale, TimeTick } from "./scale.js";
import { bounds, fit, label, num, polyline, tag } from "./svg.js";
import { tickText, unitWords } from "./words.js";

/** The plotting area of a chart, in pixels. @internal */
export interface Frame {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The title above a chart, cut to fit its width. @internal */
export function titleText(title: string, width: number): string {
  return title === "" ? "" : label(16, 24, fit(title, Math.floor((width - 32) / 8.4)), { "font-size": 15, "font-weight": "bold" });
}

/** A value axis up the left of `frame`: grid lines, tick labels, and the unit written along it. @internal */
export function valueAxisY(domain: Domain, y: Scale, frame: Frame, unit: string, locale: string): string {
  const out: string[] = [];
  for (const t of domain.ticks) {
    const at = y(t);
    out.push(tag("path", { d: polyline([[frame.left, at], [frame.right, at]]), stroke: t === 0 ? MUTED : GRID, "stroke-width": 1 }));
    out.push(label(frame.left - 6, at + 4, tickText(t, unit, locale), { "text-anchor": "end", "font-size": 11 }));
  }
  const middle = (frame.top + frame.bottom) / 2;
  out.push(label(14, middle, unitWords(unit), { transform: `rotate(-90 14 ${num(middle)})`, "text-anchor": "middle", "font-size": 11, fill: MUTED }));
  return tag("g", { class: "axis axis-value", ...bounds(domain.low, domain.high) }, ...out);
}

/** A value axis along the bottom of `frame` (for bars that run across): grid lines, tick labels and the unit. @internal */
export function valueAxisX(domain: Domain, x: Scale, frame: Frame, unit: string, locale: string, caption = unitWords(unit)): string {
  const out: string[] = [];
  for (const t of domain.ticks) {
    const at = x(t);
    out.push(tag("path", { d: polyline([[at, frame.top], [at, frame.bottom]]), stroke: t === 0 ? MUTED : GRID, "stroke-width": 1 }));
    out.push(label(at, frame.bottom + 15, tickText(t, unit, locale), { "text-anchor": "middle", "font-size": 11 }));
  }
  out.push(label((frame.left + frame.right) / 2, frame.bottom + 31, caption, { "text-anchor": "middle", "font-size": 11, fill: MUTED }));
  return tag("g", { class: "axis axis-value", ...bounds(domain.low, domain.high) }, ...out);
}

/** A time axis along the bottom of `frame`: a line, a tick and a label per tick, and the caption under them. @internal */
export function timeAxisX(ticks: readonly TimeTick[], x: Scale, frame: Frame, caption: string): string {
  const out = [tag("path", { d: polyline([[frame.left, frame.bottom], [frame.right, frame.bottom]]), stroke: INK, "stroke-width": 1 })];
  for (const t of ticks) {
    const at = x(t.day);
    out.push(tag("path", { d: polyline([[at, frame.bottom], [at, frame.bottom + 5]]), stroke: INK, "stroke-width": 1 }));
    out.push(tag("path", { d: polyline([[at, frame.top], [at, frame.bottom]]), stroke: GRID, "stroke-width": 1, "stroke-dasharray": "2 4" }));
    out.push(label(at, frame.bottom + 18, t.label, { "text-anchor": "middle", "font-size": 11 }));
  }
  out.push(label((frame.left + frame.right) / 2, frame.bottom + 34, caption, { "text-anchor": "middle", "font-size": 11, fill: MUTED }));
  return tag("g", { class: "axis axis-time" }, ...out);
}
