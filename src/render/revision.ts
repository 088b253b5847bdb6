import { fail } from "../_lib/assert.js";
import { rethrow } from "../_lib/guard.js";
import { FogcountError } from "../errors.js";
import { knownQuerySecond } from "../revision/clock.js";
import type { RevisionHistory } from "../revision/history.js";
import { timeAxisX, titleText, valueAxisY } from "./axes.js";
import type { Frame } from "./axes.js";
import { legend, legendHeight } from "./legend.js";
import type { LegendItem } from "./legend.js";
import { arrow, arrowHead, GRID, INK, marker, MUTED, seriesStyle, whisker } from "./marks.js";
import type { SeriesStyle } from "./marks.js";
import { chartOptions } from "./options.js";
import type { ChartOptions, Settings } from "./options.js";
import { readRevisions } from "./revision-read.js";
import type { Placed, RevisionData } from "./revision-read.js";
import { revisionDesc, revisionTitle } from "./revision-desc.js";
import { headroom, linearDomain, scaleOf, timeTicks } from "./scale.js";
import type { Domain, Scale } from "./scale.js";
import { bounds, label, polyline, svgDocument, tag, textWidth } from "./svg.js";
import { knownWords, stated, tickText } from "./words.js";

/** Options for {@link revisionChart}: those of every chart, and the knowledge time. */
export interface RevisionChartOptions extends ChartOptions {
  /**
   * The knowledge time, as EDTF (a date is the end of that day, a date and
   * time that moment): the chart shows only the claims known then, and marks
   * as in force, replaced or withdrawn what was so then, as `asOf` would
   * answer. Left out: everything the histories hold.
   */
  readonly known?: string;
}

/** How far left of its valid day a replaced figure is drawn, so that the arrow to its replacement shows. */
const SHIFT = 16;

interface Plot {
  readonly frame: Frame;
  readonly x: Scale;
  readonly y: Scale;
  readonly values: Domain;
  readonly days: readonly [number, number];
}

/** The y of a figure's value, where it states one; a range, a bound or a magnitude without a best value has none, and nothing is drawn at its middle. */
function pointY(f: Placed, p: Plot): number | undefined {
  return f.point === undefined ? undefined : p.y(f.point);
}

/** The y of a figure's whisker ends: its low end and its high end (the frame's top when it has no upper bound). */
function endsY(f: Placed, p: Plot): [number, number] {
  return [p.y(f.interval.low), f.interval.high === Infinity ? p.frame.top : p.y(f.interval.high)];
}

/** The scales: days of every figure (and its valid period) across, values up from zero or the lowest. */
function plotOf(data: RevisionData, s: Settings, foot: number, locale: string): Plot {
  const figures = data.series.flatMap((x) => x.figures);
  const days = figures.flatMap((f) => [f.day, ...(f.start === null ? [] : [f.start]), ...(f.end === null ? [] : [f.end])]);
  const lo = days.length === 0 ? 0 : Math.min(...days);
  const hi = days.length === 0 ? 1 : Math.max(...days);
  const pad = Math.max(7, (hi - lo) * 0.06);
  const values = figures.flatMap((f) => [f.interval.low, ...(f.interval.high === Infinity ? [] : [f.interval.high])]);
  const [lo2, hi2] = [Math.min(0, ...values), Math.max(0, ...values)];
  // headroom above the highest figure, so that no marker sits on the frame
  const domain = linearDomain(lo2, headroom(lo2, hi2, 0.06));
  const widest = Math.max(...domain.ticks.map((t) => tickText(t, data.unit ?? "unknown", locale).length));
  // tick labels are short (compact or scientific), and the plot keeps at least half the width whatever they are
  const frame = { left: Math.min(30 + widest * 6.5, s.width * 0.4), top: 62, right: s.width - 24, bottom: s.height - 52 - foot };
  return { frame, values: domain, days: [lo - pad, hi + pad], x: scaleOf(lo - pad, hi + pad, frame.left, frame.right), y: scaleOf(domain.low, domain.high, frame.bottom, frame.top) };
}

/** The mark at an end of a period the chart cannot reach: an arrow for an open end (it runs on), a "?" for an unknown one (it ends on a day not known). */
function edgeMark(f: Placed, side: "start" | "end", x: number, y: number, color: string): string {
  if ((side === "start" ? f.start : f.end) !== null) return "";
  const inward = side === "start" ? 8 : -8;
  if (f.unknown === side) return label(x + inward / 2, y + 4, "?", { class: "unknown-end", "font-size": 11, "font-weight": "bold", fill: color, "text-anchor": "middle" });
  return arrowHead(x + inward, y, x, y, color, 6);
}

/**
 * The valid period of a figure: a thick pale bar through its value, or, for a
 * figure with no single value, a pale band over the range it allows (no line
 * at a value it does not state). An open end runs to the edge with an arrow;
 * an unknown end (`2024/`) is dashed to the edge and marked "?", as the day
 * it ends is not known.
 */
function span(f: Placed, p: Plot, color: string): string {
  if (f.start === f.end && f.start !== null) return "";
  const y = pointY(f, p);
  const [a, b] = [f.start === null ? p.frame.left : p.x(f.start), f.end === null ? p.frame.right : p.x(f.end)];
  const dash = f.unknown === undefined ? undefined : "3 3";
  if (y === undefined) {
    const [low, high] = endsY(f, p);
    const band = tag("rect", { class: "period", x: a, y: high, width: Math.max(0, b - a), height: Math.max(0, low - high), fill: color, "fill-opacity": 0.1, stroke: dash && color, "stroke-opacity": dash && 0.3, "stroke-dasharray": dash });
    return band + edgeMark(f, "start", a, low, color) + edgeMark(f, "end", b, low, color);
  }
  const bar = tag("path", { d: polyline([[a, y], [b, y]]), stroke: color, "stroke-width": 4, "stroke-opacity": 0.3, "stroke-linecap": "butt", "stroke-dasharray": dash });
  return bar + edgeMark(f, "start", a, y, color) + edgeMark(f, "end", b, y, color);
}

/** One figure: its period, its whisker from low to high (an arrow up when it has no upper bound), its marker or end markers, and its label. */
function figureMarks(f: Placed, style: SeriesStyle, p: Plot, locale: string): string {
  const dx = f.role === "restatement" ? 7 : f.role === "superseded" ? -SHIFT : 0;
  const color = f.role === "withdrawn" ? MUTED : style.color;
  const look = { ...style, color };
  const x = p.x(f.day) + dx;
  const low = p.y(f.interval.low);
  const open = f.interval.high === Infinity;
  const high = open ? p.frame.top : p.y(f.interval.high);
  const hollow = f.role !== "in-force" && f.role !== "superseded";
  const r = f.role === "superseded" ? 3.8 : 5;
  // the period is drawn where it is; only the marker of a replaced figure or a restatement steps aside
  const parts = [span(f, p, color)];
  if (open || low !== high) parts.push(whisker(x, low, high, color, f.role === "in-force" ? "" : "3 2", !open), open ? arrowHead(x, high + 9, x, high - 1, color) : "");
  // an end the estimate excludes ("more than 1,000") is an open marker
  if (f.point !== undefined) parts.push(marker(look, x, p.y(f.point), hollow, r));
  else parts.push(marker(look, x, low, hollow || f.interval.lowOpen, 3.5), open ? "" : marker(look, x, high, hollow || f.interval.highOpen, 3.5));
  // a label or a strike sits at the value, or at the top end of the whisker: never at its middle
  const y = pointY(f, p) ?? (open ? low : high);
  if (f.role === "withdrawn") parts.push(tag("path", { d: `${polyline([[x - 6, y - 6], [x + 6, y + 6]])} ${polyline([[x - 6, y + 6], [x + 6, y - 6]])}`, stroke: MUTED, "stroke-width": 1.5 }));
  if (f.role === "in-force") {
    const text = stated(f.claim.estimate, locale, true);
    // a label that would leave the frame on the right is written to the left of its marker
    const left = x + 8 + textWidth(text, 11) > p.frame.right + 16;
    parts.push(label(left ? x - 8 : x + 8, y - 7, text, { "font-size": 11, fill: INK, "text-anchor": left ? "end" : undefined }));
  }
  return tag("g", { class: `figure ${f.role}`, "data-claim": f.claim.id, ...bounds(f.interval.low, f.interval.high), ...(f.role === "superseded" && { opacity: 0.55 }) }, ...parts);
}

/** From one point towards another, stopping `gap` short of each. */
function between(x1: number, y1: number, x2: number, y2: number, gap: number): [number, number, number, number] | undefined {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (!(length > 2 * gap + 4)) return undefined;
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  return [x1 + ux * gap, y1 + uy * gap, x2 - ux * gap, y2 - uy * gap];
}

/**
 * The revisions of one series: an arrow from each figure in force to the next
 * (levels only), and from each replaced figure to its replacement. An arrow
 * joins two values; where either figure has no single value, the revision is
 * a dotted arrow above the plot from one day to the other, at no value.
 */
function connectors(figures: readonly Placed[], stock: boolean, style: SeriesStyle, p: Plot): string {
  const inForce = figures.filter((f) => f.role === "in-force");
  const out: string[] = [];
  const link = (a: Placed, b: Placed, dash: string) => {
    const shift = (f: Placed) => (f.role === "superseded" ? -SHIFT : 0);
    const [ya, yb] = [pointY(a, p), pointY(b, p)];
    const [xa, xb] = [p.x(a.day) + shift(a), p.x(b.day) + shift(b)];
    if (ya === undefined || yb === undefined) {
      const seg = between(xa, p.frame.top - 7, xb, p.frame.top - 7, 4);
      if (seg !== undefined) out.push(tag("g", { class: "revision-unvalued" }, arrow(...seg, style.color, "1 2", 1.3)));
      return;
    }
    const seg = between(xa, ya, xb, yb, a.role === "superseded" ? 5 : 8);
    if (seg !== undefined) out.push(arrow(...seg, style.color, dash, 1.3));
  };
  if (stock) for (let k = 1; k < inForce.length; k++) link(inForce[k - 1] as Placed, inForce[k] as Placed, style.dash);
  for (const f of figures) {
    const to = f.role === "superseded" ? inForce.find((g) => g.day === f.day) : undefined;
    if (to !== undefined) link(f, to, "2 2");
  }
  return tag("g", { class: "revisions" }, ...out);
}

/** The legend: a swatch per originator drawn, then the key to what appears. */
function legendItems(data: RevisionData): LegendItem[] {
  const items: LegendItem[] = [];
  data.series.forEach((s, n) => {
    const style = seriesStyle(n);
    const line = tag("path", { d: polyline([[-12, 0], [12, 0]]), stroke: style.color, "stroke-width": 1.6, "stroke-dasharray": style.dash || undefined });
    if (s.figures.length > 0) items.push({ swatch: line + marker(style, 0, 0), text: s.name });
  });
  const roles = new Set(data.series.flatMap((s) => s.figures.map((f) => f.role)));
  const key = seriesStyle(5);
  if (roles.has("restatement")) items.push({ swatch: marker(key, 0, 0, true), text: "hollow: restated by an outlet" });
  if (roles.has("superseded")) items.push({ swatch: tag("g", { opacity: 0.55 }, marker(key, 0, 0, false, 3.8)), text: "faded: replaced by a later report" });
  if (roles.has("withdrawn")) items.push({ swatch: marker({ ...key, color: MUTED }, 0, 0, true) + tag("path", { d: "M-6 -6 L6 6 M-6 6 L6 -6", stroke: MUTED, "stroke-width": 1.5 }), text: "struck: withdrawn" });
  if (data.series.some((s) => s.figures.length > 1 && s.figures.some((f) => f.point === undefined))) {
    items.push({ swatch: arrow(-12, 0, 12, 0, INK, "1 2", 1.3), text: "dotted, above: revised, with no single value" });
  }
  if (data.series.some((s) => s.figures.some((f) => f.interval.high === Infinity))) items.push({ swatch: arrowHead(0, 7, 0, -7, INK), text: "arrow up: no upper bound" });
  if (data.series.some((s) => s.figures.some((f) => f.unknown !== undefined))) {
    items.push({ swatch: tag("path", { d: polyline([[-12, 0], [6, 0]]), stroke: INK, "stroke-width": 3, "stroke-opacity": 0.4, "stroke-dasharray": "3 3" }) + label(10, 4, "?", { "font-size": 11, "font-weight": "bold", fill: INK }), text: "dashed to ?: period ends on a day not known" });
  }
  return items;
}

function draw(data: RevisionData, s: Settings, title: string, known: string | undefined): string {
  const items = legendItems(data);
  const foot = legendHeight(items, s.width - 40);
  const p = plotOf(data, s, foot, s.locale);
  const ticks = timeTicks(p.days[0], p.days[1], Math.max(2, Math.floor((p.frame.right - p.frame.left) / 90)));
  const body = [titleText(title, s.width), label(16, 44, known === undefined ? "Everything the histories hold" : `As known at ${knownWords(known)}`, { "font-size": 12, fill: MUTED })];
  body.push(valueAxisY(p.values, p.y, p.frame, data.unit ?? "unknown", s.locale), timeAxisX(ticks, p.x, p.frame, "valid time: the period each figure describes"));
  const drawn = data.series.some((x) => x.figures.length > 0);
  if (!drawn) body.push(label((p.frame.left + p.frame.right) / 2, (p.frame.top + p.frame.bottom) / 2, known === undefined ? "No figure to draw" : `No figure known by ${knownWords(known)}`, { "text-anchor": "middle", fill: MUTED }));
  data.series.forEach((x, n) => body.push(tag("g", { class: "series" }, connectors(x.figures, x.stock, seriesStyle(n), p), ...x.figures.map((f) => figureMarks(f, seriesStyle(n), p, s.locale)))));
  body.push(tag("rect", { x: p.frame.left, y: p.frame.top, width: p.frame.right - p.frame.left, height: p.frame.bottom - p.frame.top, fill: "none", stroke: GRID }));
  body.push(legend(items, 20, s.height - foot - 2, s.width - 40));
  const desc = revisionDesc(data, known, s.locale);
  return svgDocument({ kind: "revision", width: s.width, height: s.height, title, desc, id: s.id }, "", body.join(""));
}

/** The knowledge time as a second, its errors naming `options.known` and the value given. */
function knownSecond(where: string, known: unknown): number {
  if (known !== undefined && typeof known !== "string") fail(where, "options.known", "must be an EDTF date or date and time", known, "invalid-as-of");
  try {
    return knownQuerySecond(where, known as string | undefined, "options.known");
  } catch (error) {
    if (!(error instanceof FogcountError)) throw error;
    throw new FogcountError(error.code, error.message.replace(`${where}: known `, `${where}: options.known `), { path: "options.known", value: known });
  }
}

/**
 * A revision history as an SVG chart: valid time across, the estimates up,
 * each a marker at its value (or best value) with a whisker over the range
 * it allows, and its valid period as a pale bar through it; one series per
 * originator, told apart by marker shape and dash as well as colour. Arrows
 * join each figure in force to the next (for levels), and a figure a later
 * report replaced to its replacement; restatements are hollow, withdrawn
 * figures struck, and an estimate with no upper bound has an arrow up.
 * With `known`, only what was known then is drawn, as it stood then.
 *
 * A history grouped across originators (`groupBy: "indicator"`) is split
 * into one series per originator; a list of histories must be about one
 * indicator. The SVG is `role="img"` with a `<title>` and a `<desc>` that
 * states every figure drawn; names from the data are escaped; the same
 * input always gives the same string.
 *
 * @category Render
 * @throws {FogcountError} `invalid-history` for a value that is not a revision history (or a list of them), or one whose index does not match its claims or that holds two claims of one id, or a claim known by `known` whose `supersededBy` names a claim not in its history or another originator's (the chart draws one series per originator, and could not tell when it stopped being believed); `invalid-argument` for an empty list; `mixed-indicators` for histories about different indicators; `duplicate-claim-id` for a claim in two histories; `invalid-as-of` for a `known` that is not EDTF or has no latest day; `invalid-option` for options that are not an object, an option it does not take, a `width` or `height` out of range, a `title` that is not text or is blank, an `id` that is not a name or a locale that is not a language tag.
 * @example
 * const [casualties] = revisionHistory(nisBriefing2025Claims.filter((c) => c.indicator.measure === "casualties"));
 * const svg = revisionChart(casualties, { known: "2025-03-31" });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"');
 * //=> true
 * svg.match(/<g class="figure in-force"/g)?.length;
 * //=> 1
 */
export function revisionChart(history: RevisionHistory | readonly RevisionHistory[], options?: RevisionChartOptions): string {
  try {
    const where = "revisionChart";
    const { settings, options: o } = chartOptions(where, options, ["known"], { height: 400, title: "", minWidth: 360, minHeight: 240 });
    const data = readRevisions(where, history, knownSecond(where, o.known));
    return draw(data, settings, o.title ?? revisionTitle(data.claim), o.known);
  } catch (error) {
    rethrow("revisionChart", { history, options }, error);
  }
}
