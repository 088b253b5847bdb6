import { rethrow } from "../_lib/guard.js";
import { readInterval } from "../estimate/read.js";
import type { BalanceLine, LedgerBalance, Total } from "../ledger/balance.js";
import type { Ledger } from "../ledger/schema.js";
import type { LedgerSummary } from "../ledger/summary-shape.js";
import { titleText } from "./axes.js";
import { ledgerDesc, lineDetails, valuationWords } from "./ledger-desc.js";
import { readLedger } from "./ledger-read.js";
import type { LedgerData, Row } from "./ledger-read.js";
import { legend, legendHeight } from "./legend.js";
import type { LegendItem } from "./legend.js";
import { arrowHead, GRID, INK, MUTED, patternedRect, patterns, seriesStyle } from "./marks.js";
import type { Pattern } from "./marks.js";
import { chartOptions, checkScaledHeight } from "./options.js";
import type { ChartOptions, Settings } from "./options.js";
import { linearDomain, share } from "./scale.js";
import { fit, label, polyline, svgDocument, tag } from "./svg.js";
import { counted, stated, tickText } from "./words.js";

/** Options for {@link ledgerChart}: those of every chart. */
export type LedgerChartOptions = ChartOptions;

const BLUE = seriesStyle(0).color;
const ROW = 46;
const VALUE_ROW = 30;

/** The two sides of the chart: the centre column's edges, the outer margins, and which way each side grows. */
interface Sides {
  readonly cx: number;
  readonly half: number;
  /** The inner edge of each side (where bars start) and its sign (−1 grows left). */
  readonly inner: readonly [number, number];
  readonly sign: readonly [-1, 1];
  /** The longest bar, in pixels. */
  readonly reach: number;
}

function sidesOf(width: number): Sides {
  const cx = width / 2;
  const half = 82;
  return { cx, half, inner: [cx - half, cx + half], sign: [-1, 1], reach: (cx - half - 20) * 0.5 };
}

/** A bar growing from the inner edge of side `k`, `length` long. */
function sideRect(s: Sides, k: 0 | 1, from: number, length: number, y: number, h: number, color: string, pattern: Pattern | undefined): string {
  const x = s.sign[k] < 0 ? s.inner[0] - from - length : s.inner[1] + from;
  return patternedRect(x, y, length, h, color, pattern);
}

/** A text on side `k`, `offset` from its inner edge, running outward. */
function sideLabel(s: Sides, k: 0 | 1, offset: number, y: number, text: string, attrs: Readonly<Record<string, string | number>> = {}): string {
  return label(s.inner[k] + s.sign[k] * offset, y, text, { "text-anchor": k === 0 ? "end" : "start", ...attrs });
}

/** One side of a row in the count panel: the entries as a bar in evidence segments, their count, and their figures; or what was seen not to happen. */
function countSide(row: Row, k: 0 | 1, s: Sides, perEntry: number, y: number, locale: string): string {
  const l = row.lines[k];
  const parts: string[] = [];
  const chars = Math.floor((s.cx - s.half - 24) / 6.2);
  if (l !== undefined) {
    let at = 0;
    for (const [n, pattern] of [[l.evidence.confirmed, undefined], [l.evidence.reported, "hatch"], [l.evidence.alleged, "dots"]] as const) {
      if (n > 0) parts.push(sideRect(s, k, at, n * perEntry, y + 6, 14, BLUE, pattern), tag("rect", { x: s.sign[k] < 0 ? s.inner[0] - at - n * perEntry : s.inner[1] + at, y: y + 6, width: n * perEntry, height: 14, fill: "none", stroke: BLUE }));
      at += n * perEntry;
    }
    parts.push(sideLabel(s, k, at + 6, y + 17, counted(l.entries, "entry"), { "font-size": 11 }));
    const details = lineDetails(l, locale, true).join("; ");
    if (details !== "") parts.push(sideLabel(s, k, 2, y + 35, fit(details, chars), { "font-size": 10.5, fill: MUTED }));
  }
  row.none[k].forEach((n, i) => {
    const yy = y + (l === undefined ? 4 : 24) + i * 16;
    parts.push(tag("rect", { x: s.sign[k] < 0 ? s.inner[0] - 16 : s.inner[1] + 2, y: yy, width: 14, height: 14, fill: "#ffffff", stroke: MUTED, "stroke-dasharray": "3 2" }));
    parts.push(label(s.sign[k] < 0 ? s.inner[0] - 9 : s.inner[1] + 9, yy + 11, "∅", { "text-anchor": "middle", "font-size": 10 }), sideLabel(s, k, 22, yy + 11, fit(`none observed: ${n.item}`, chars), { "font-style": "italic", "font-size": 11 }));
  });
  return tag("g", { class: `side side-${k === 0 ? "left" : "right"}${row.none[k].length > 0 ? " none-observed" : ""}` }, ...parts);
}

/** The category and stage of a row, in the centre column. */
function rowTitle(row: Row, s: Sides, y: number): string {
  return label(s.cx, y + 17, fit(row.category, 22), { "text-anchor": "middle", "font-weight": "bold" }) + label(s.cx, y + 31, row.stage, { "text-anchor": "middle", "font-size": 10.5, fill: MUTED });
}

/** The panel of entries: a row per category and stage, each side's entries as bars on one count scale. */
function countPanel(data: LedgerData, s: Sides, top: number, locale: string): { svg: string; height: number } {
  const most = Math.max(1, ...data.rows.flatMap((r) => r.lines.map((l) => l?.entries ?? 0)));
  const perEntry = Math.min(40, s.reach / most);
  const rows = data.rows.map((r, n) => tag("g", { class: "row", "data-category": r.category, "data-stage": r.stage }, rowTitle(r, s, top + n * ROW), countSide(r, 0, s, perEntry, top + n * ROW, locale), countSide(r, 1, s, perEntry, top + n * ROW, locale)));
  const bottom = top + Math.max(1, data.rows.length) * ROW;
  if (data.rows.length === 0) rows.push(label(s.cx, top + 26, "No entry", { "text-anchor": "middle", fill: MUTED }));
  const axis = [tag("path", { d: `${polyline([[s.inner[0], top], [s.inner[0], bottom]])} ${polyline([[s.inner[1], top], [s.inner[1], bottom]])}`, stroke: INK })];
  const step = Math.max(1, Math.ceil(most / 5));
  for (let n = 0; n <= most; n += step) for (const k of [0, 1] as const) axis.push(sideLabel(s, k, n * perEntry, bottom + 13, String(n), { "font-size": 10, "text-anchor": "middle" }));
  axis.push(label(s.cx, bottom + 13, "entries", { "text-anchor": "middle", "font-size": 10, fill: MUTED }));
  return { svg: tag("g", { class: "panel entries" }, ...rows, ...axis), height: bottom + 22 - top };
}

/** One side of a row in a value panel: solid to the lowest value, hatched over the range, a tick at the best value, the figure in words. */
function valueSide(t: Total, k: 0 | 1, s: Sides, high: number, y: number, locale: string): string {
  const at = (v: number) => share(v, 0, high) * s.reach;
  const { low, high: h, best } = readInterval(t.total);
  const open = h === Infinity;
  const [l, u] = [at(low), open ? s.reach + 10 : at(h)];
  const parts = [sideRect(s, k, 0, l, y + 6, 14, BLUE, undefined), sideRect(s, k, l, u - l, y + 6, 14, BLUE, "hatch")];
  if (open) parts.push(arrowHead(s.inner[k] + s.sign[k] * (u - 8), y + 13, s.inner[k] + s.sign[k] * (u + 2), y + 13, INK));
  if (best !== undefined) parts.push(tag("path", { d: polyline([[s.inner[k] + s.sign[k] * at(best), y + 2], [s.inner[k] + s.sign[k] * at(best), y + 24]]), stroke: INK, "stroke-width": 3 }));
  parts.push(sideLabel(s, k, u + 8, y + 17, stated(t.total, locale, true), { "font-size": 11 }));
  return tag("g", { class: "value" }, ...parts);
}

/** A panel of values in one unit, on its own axis: a currency is never drawn on an index's axis, nor one currency on another's. */
function valuePanel(data: LedgerData, unit: { unit: string; basis: "money" | "index" }, s: Sides, top: number, locale: string): { svg: string; height: number } {
  const pick = (l: BalanceLine | undefined) => (l === undefined ? undefined : [...l.money, ...l.indices].find((t) => t.unit === unit.unit && (unit.basis === "money" ? l.money.includes(t) : l.indices.includes(t))));
  const rows = data.rows.filter((r) => r.lines.some((l) => pick(l) !== undefined));
  const highs = rows.flatMap((r) => r.lines.map((l) => pick(l)).filter((t): t is Total => t !== undefined).map((t) => { const { low, high } = readInterval(t.total); return high === Infinity ? low : high; }));
  const domain = linearDomain(0, Math.max(0, ...highs), 3);
  const head = unit.basis === "money" ? `Value in ${unit.unit}: money, on its own axis` : `Value in ${unit.unit}: an index, not money, on its own axis`;
  const parts = [label(16, top + 14, head, { "font-weight": "bold", "font-size": 12 })];
  rows.forEach((r, n) => {
    const y = top + 22 + n * VALUE_ROW;
    parts.push(label(s.cx, y + 17, fit(`${r.category} (${r.stage})`, 26), { "text-anchor": "middle", "font-size": 11 }));
    ([0, 1] as const).forEach((k) => { const t = pick(r.lines[k]); if (t !== undefined) parts.push(valueSide(t, k, s, domain.high, y, locale)); });
  });
  const bottom = top + 22 + rows.length * VALUE_ROW;
  for (const t of domain.ticks) for (const k of [0, 1] as const) parts.push(sideLabel(s, k, share(t, 0, domain.high) * s.reach, bottom + 13, tickText(t, unit.unit, locale), { "font-size": 10, "text-anchor": "middle" }));
  parts.push(tag("path", { d: `${polyline([[s.inner[0], top + 22], [s.inner[0], bottom]])} ${polyline([[s.inner[1], top + 22], [s.inner[1], bottom]])}`, stroke: INK }));
  return { svg: tag("g", { class: `panel value ${unit.basis}`, "data-unit": unit.unit }, ...parts), height: bottom + 24 - top };
}

function legendItems(data: LedgerData): LegendItem[] {
  const lines = data.rows.flatMap((r) => r.lines.filter((l): l is BalanceLine => l !== undefined));
  const items: LegendItem[] = [];
  const box = (pattern: Pattern | undefined) => patternedRect(-12, -6, 24, 12, BLUE, pattern) + tag("rect", { x: -12, y: -6, width: 24, height: 12, fill: "none", stroke: BLUE });
  if (lines.some((l) => l.evidence.confirmed > 0)) items.push({ swatch: box(undefined), text: "confirmed" });
  if (lines.some((l) => l.evidence.reported > 0)) items.push({ swatch: box("hatch"), text: "reported" });
  if (lines.some((l) => l.evidence.alleged > 0)) items.push({ swatch: box("dots"), text: "alleged" });
  if (data.rows.some((r) => r.none.some((n) => n.length > 0))) items.push({ swatch: tag("rect", { x: -7, y: -7, width: 14, height: 14, fill: "#ffffff", stroke: MUTED, "stroke-dasharray": "3 2" }), text: "none observed (not zero)" });
  return items;
}

function draw(data: LedgerData, s: Settings, title: string): string {
  const sides = sidesOf(s.width);
  const [a, b] = data.parties;
  const body = [titleText(title, s.width), label(16, 44, "Entries by category and stage; values on one axis per currency or index", { "font-size": 12, fill: MUTED })];
  body.push(label(sides.inner[0], 70, fit(`${a.name} (${a.code}) → ${b.name} (${b.code})`, 44), { "text-anchor": "end", "font-weight": "bold" }), label(sides.inner[1], 70, fit(`${b.name} (${b.code}) → ${a.name} (${a.code})`, 44), { "font-weight": "bold" }));
  let y = 80;
  const count = countPanel(data, sides, y, s.locale);
  body.push(count.svg);
  y += count.height + 8;
  for (const unit of data.units) {
    const panel = valuePanel(data, unit, sides, y, s.locale);
    body.push(panel.svg);
    y += panel.height + 8;
  }
  const notes = [...(data.units.length === 0 ? ["No entry is valued in money or on an index."] : []), ...data.valuations.map((v) => `Valued as a whole, never added to any entry: ${valuationWords(v, s.locale)}`)];
  notes.forEach((n, i) => body.push(label(16, y + 12 + i * 16, fit(n, Math.floor((s.width - 32) / 6.2)), { "font-size": 11, fill: INK })));
  y += notes.length * 16 + 14;
  const items = legendItems(data);
  body.push(tag("path", { d: polyline([[16, y - 6], [s.width - 16, y - 6]]), stroke: GRID }), legend(items, 20, y + 8, s.width - 40));
  const height = y + 12 + legendHeight(items, s.width - 40);
  checkScaledHeight("ledgerChart", s.height, height);
  return svgDocument({ kind: "ledger", width: s.width, height: s.height || height, viewHeight: height, title, desc: ledgerDesc(data, s.locale), id: s.id }, patterns(["hatch", "dots"]), body.join(""));
}

/**
 * A ledger as an SVG chart of two sides: what the first party sent the other
 * to the left, what it received to the right, a row per category and stage.
 * Each side's entries are a bar on one count scale, in segments by evidence
 * (confirmed solid, reported hatched, alleged dotted), with the count and the
 * totals beside it: quantities per unit, money per currency, indices per
 * unit, and the entries whose quantity, value or currency is unknown,
 * counted and never drawn as zero. An entry with the evidence none-observed
 * is shown as such, in a dashed box, with no bar. Values are drawn below, one
 * panel and axis per currency and per index, so that TIV is never on the
 * same axis as money; a valuation of several entries is written apart.
 *
 * Takes a ledger, a summary (`summarizeLedger`) or a balance
 * (`balance`); the SVG is `role="img"` with a `<title>` and a `<desc>`
 * that states every line, and as tall as its rows unless `height` is given.
 *
 * @category Render
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger or a ledger summary, or one that is not valid; `duplicate-entry-id` for an id used twice; `invalid-balance` for a balance that is not one; `invalid-argument` for the empty summary, which has no parties; `invalid-option` for options that are not an object, an option it does not take, a `width` or `height` out of range, a `title` that is not text or is blank, an `id` that is not a name or a locale that is not a language tag; `overflow` for a total past the largest finite number.
 * @example
 * const svg = ledgerChart(nisBriefing2025Ledger);
 * svg.match(/<g class="row"/g)?.length;
 * //=> 6
 * svg.includes("none observed: cash payments");
 * //=> true
 */
export function ledgerChart(ledger: Ledger | LedgerSummary | LedgerBalance, options?: LedgerChartOptions): string {
  try {
    const where = "ledgerChart";
    const { settings, options: o } = chartOptions(where, options, [], { height: 0, title: "", width: 760, minWidth: 480 });
    const data = readLedger(where, ledger);
    return draw(data, settings, o.title ?? `Exchange between ${data.parties[0].name} and ${data.parties[1].name}`);
  } catch (error) {
    rethrow("ledgerChart", { ledger, options }, error);
  }
}
