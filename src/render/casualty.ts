import { within } from "../_lib/assert.js";
import { rethrow } from "../_lib/guard.js";
import { readBreakdown } from "../casualty/check.js";
import type { Cell } from "../casualty/check.js";
import type { CasualtyFinding } from "../casualty/findings.js";
import { reconcileCasualties } from "../casualty/reconcile.js";
import type { CasualtyBreakdown } from "../casualty/schema.js";
import { BREAKDOWN_FIELDS } from "../casualty/vocabulary.js";
import type { BreakdownField } from "../casualty/vocabulary.js";
import type { Interval } from "../estimate/interval.js";
import { noFigureWords } from "../estimate/no-figure.js";
import { readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { titleText, valueAxisX } from "./axes.js";
import type { Frame } from "./axes.js";
import { legend, legendHeight } from "./legend.js";
import type { LegendItem } from "./legend.js";
import { arrowHead, GRID, INK, MUTED, patternedRect, patterns, seriesStyle } from "./marks.js";
import { chartOptions, checkScaledHeight, flagOption } from "./options.js";
import type { ChartOptions, Settings } from "./options.js";
import { headroom, linearDomain, scaleOf } from "./scale.js";
import type { Scale } from "./scale.js";
import { bounds, label, polyline, svgDocument, tag } from "./svg.js";
import { listWords, stated, unitWords } from "./words.js";

/** Options for {@link casualtyChart}: those of every chart, and whether to draw what the figures determine. */
export interface CasualtyChartOptions extends ChartOptions {
  /**
   * Draw the figures `reconcileCasualties` derives (the wounded as the total
   * less the killed), cross-hatched and labelled "derived", with its findings
   * in the description. False by default: the chart shows what was said.
   */
  readonly reconcile?: boolean;
}

/** A row of the chart: a figure given or derived, or what the source says instead. */
interface Row {
  readonly field: BreakdownField;
  readonly cell: Cell;
  readonly derived: boolean;
  /** Why a figure given is not drawn: a 0 whose words say no figure was given, or a figure whose claim is a plan or a projection. */
  readonly notDrawn?: string;
}

/** Why a figure given is no count to draw (a 0 whose words say no figure was given, a claim that is a plan or a projection); undefined for a count. */
function notACount(read: ReturnType<typeof readBreakdown>, field: BreakdownField, locale: string): string | undefined {
  const cell = read.cells[field];
  if (!("estimate" in cell)) return undefined;
  const claim = read.claims[field];
  const words = noFigureWords(cell.estimate, claim?.text);
  if (words !== undefined) return `unknown: recorded as 0 where the source says ${JSON.stringify(words)}, and unknown is not zero`;
  const modality = claim?.modality ?? "asserted";
  return modality === "asserted" ? undefined : `not a count: ${stated(cell.estimate, locale)} is ${modality === "planned" ? "a plan" : modality === "projected" ? "a projection" : "a possibility"} (${claim?.id ?? ""}, ${modality})`;
}

const PART = seriesStyle(0).color;
const WHOLE = "#374151";
const STATE_WORDS = { unknown: "unknown: said to exist, not counted", "not-reported": "not reported", "none-observed": "none observed (not a count of zero)" } as const;
const STATE_GLYPHS = { unknown: "?", "not-reported": "–", "none-observed": "∅" } as const;
const ROW = 40;

function rowsOf(breakdown: CasualtyBreakdown, reconcile: boolean, locale: string): { rows: Row[]; includes: readonly string[]; unit: string | undefined; findings: readonly CasualtyFinding[] } {
  const read = readBreakdown("casualtyChart", "breakdown", breakdown);
  const r = reconcile ? within("casualtyChart", () => reconcileCasualties(breakdown)) : undefined;
  const rows = BREAKDOWN_FIELDS.map((field): Row => {
    const figure = r?.derived[field];
    if (figure !== undefined) return { field, cell: { estimate: figure.estimate, interval: readInterval(figure.estimate) }, derived: true };
    const why = notACount(read, field, locale);
    return why === undefined ? { field, cell: read.cells[field], derived: false } : { field, cell: { state: "unknown" }, derived: false, notDrawn: why };
  });
  return { rows, includes: read.includes, unit: read.unit, findings: r?.findings ?? [] };
}

/** A figure's bar: solid up to the lowest value it allows, hatched over the rest of its range (to the edge with an arrow when it has no upper bound), a whisker with caps, and a tick at its value. */
function bar(e: Estimate, i: Interval, derived: boolean, color: string, x: Scale, frame: Frame, mid: number): string {
  const [x0, xl] = [x(0), x(i.low)];
  const open = i.high === Infinity;
  const xh = open ? frame.right : x(i.high);
  const parts = [derived ? patternedRect(x0, mid - 9, xl - x0, 18, color, "cross") : tag("rect", { x: x0, y: mid - 9, width: Math.max(0, xl - x0), height: 18, fill: color })];
  if (xh > xl) parts.push(patternedRect(xl, mid - 9, xh - xl, 18, color, "hatch"));
  parts.push(tag("path", { d: `${polyline([[xl, mid], [xh, mid]])} ${polyline([[xl, mid - 6], [xl, mid + 6]])}`, stroke: INK, "stroke-width": 1.3 }));
  parts.push(open ? arrowHead(xh - 9, mid, xh + 1, mid, INK) : tag("path", { d: polyline([[xh, mid - 6], [xh, mid + 6]]), stroke: INK, "stroke-width": 1.3 }));
  const point = i.best ?? (i.low === i.high ? i.low : undefined);
  if (point !== undefined) parts.push(tag("path", { d: polyline([[x(point), mid - 12], [x(point), mid + 12]]), stroke: INK, "stroke-width": 3 }));
  return tag("g", { class: `bar${derived ? " derived" : ""}`, "data-kind": e.kind, ...bounds(i.low, i.high) }, ...parts);
}

function rowMarks(row: Row, k: number, x: Scale, frame: Frame, includes: readonly string[], locale: string): string {
  const mid = frame.top + k * ROW + ROW / 2 + (row.field === "total" ? 10 : 0);
  const name = row.field === "total" ? "total" : row.field;
  const parts = [label(frame.left - 10, mid + 4, name, { "text-anchor": "end", "font-weight": "bold" })];
  if (row.field === "total") parts.push(label(frame.left + 2, mid + 24, `the total counts ${listWords([...includes])}`, { "font-size": 10, fill: MUTED }));
  const { cell } = row;
  if ("state" in cell) {
    parts.push(tag("rect", { x: frame.left + 2, y: mid - 9, width: 18, height: 18, fill: "#ffffff", stroke: MUTED, "stroke-dasharray": "3 2" }));
    parts.push(label(frame.left + 11, mid + 4, STATE_GLYPHS[cell.state], { "text-anchor": "middle", fill: INK }));
    parts.push(label(frame.left + 28, mid + 4, row.notDrawn ?? STATE_WORDS[cell.state], { "font-style": "italic", fill: INK }));
    return tag("g", { class: `row ${cell.state}`, "data-field": row.field }, ...parts);
  }
  const color = row.field === "total" ? WHOLE : PART;
  parts.push(bar(cell.estimate, cell.interval, row.derived, color, x, frame, mid));
  const end = cell.interval.high === Infinity ? frame.right : x(cell.interval.high);
  parts.push(label(end + 8, mid + 4, `${row.derived ? "derived: " : ""}${stated(cell.estimate, locale)}`, { fill: INK }));
  return tag("g", { class: "row figure", "data-field": row.field }, ...parts);
}

function legendItems(rows: readonly Row[]): LegendItem[] {
  const figures = rows.filter((r) => "interval" in r.cell).map((r) => r.cell as Extract<Cell, { interval: Interval }>);
  const items: LegendItem[] = [];
  if (figures.length > 0) items.push({ swatch: tag("rect", { x: -12, y: -6, width: 24, height: 12, fill: PART }), text: "solid: up to the lowest value it allows" });
  if (figures.some((f) => f.interval.high > f.interval.low)) items.push({ swatch: patternedRect(-12, -6, 24, 12, PART, "hatch"), text: "the range the estimate allows" });
  if (figures.some((f) => f.interval.best !== undefined)) items.push({ swatch: tag("path", { d: "M0 -8 L0 8", stroke: INK, "stroke-width": 3 }), text: "value stated or best value" });
  if (rows.some((r) => r.derived)) items.push({ swatch: patternedRect(-12, -6, 24, 12, PART, "cross"), text: "derived from the others" });
  if (figures.some((f) => f.interval.high === Infinity)) items.push({ swatch: arrowHead(-8, 0, 8, 0, INK), text: "no upper bound" });
  return items;
}

function describe(rows: readonly Row[], includes: readonly string[], unit: string | undefined, findings: readonly CasualtyFinding[], locale: string): string {
  const head = `Casualty breakdown${unit === undefined ? "" : `, in ${unitWords(unit)}`}; the total counts ${listWords([...includes])}.`;
  const lines = rows.map((r) => {
    const name = r.field === "total" ? "Total" : `${r.field[0]?.toUpperCase()}${r.field.slice(1)}`;
    const what = r.notDrawn !== undefined ? r.notDrawn : "state" in r.cell ? STATE_WORDS[r.cell.state] : `${r.derived ? "derived, " : ""}${stated(r.cell.estimate, locale)}`;
    return `${name}: ${what}.`;
  });
  return [head, ...lines, ...findings.map((f) => `${f.message}.`)].join(" ");
}

function draw(rows: readonly Row[], includes: readonly string[], unit: string | undefined, findings: readonly CasualtyFinding[], s: Settings, title: string): string {
  const items = legendItems(rows);
  const foot = legendHeight(items, s.width - 40);
  const frame = { left: 100, top: 50, right: s.width - 170, bottom: 50 + rows.length * ROW + 22 };
  // a figure with no upper bound needs room past its bound, hatched with an arrow: it is never solid to the edge
  const highs = rows.flatMap((r) => ("interval" in r.cell ? [r.cell.interval.high === Infinity ? headroom(0, r.cell.interval.low, 0.25) : r.cell.interval.high] : []));
  const domain = linearDomain(0, Math.max(0, ...highs));
  const x = scaleOf(domain.low, domain.high, frame.left, frame.right);
  const body = [titleText(title, s.width)];
  if (unit !== undefined) body.push(valueAxisX(domain, x, frame, unit, s.locale));
  body.push(tag("path", { d: polyline([[16, frame.top + (rows.length - 1) * ROW + 4], [s.width - 16, frame.top + (rows.length - 1) * ROW + 4]]), stroke: GRID }));
  body.push(...rows.map((r, k) => rowMarks(r, k, x, frame, includes, s.locale)));
  const height = frame.bottom + 52 + foot;
  body.push(legend(items, 20, height - foot - 2, s.width - 40));
  const desc = describe(rows, includes, unit, findings, s.locale);
  checkScaledHeight("casualtyChart", s.height, height);
  return svgDocument({ kind: "casualty", width: s.width, height: s.height || height, viewHeight: height, title, desc, id: s.id }, patterns(["hatch", "cross"]), body.join(""));
}

/**
 * A casualty breakdown as an SVG bar chart: killed, wounded, missing,
 * captured and the total, one bar each, solid up to the lowest value the
 * estimate allows and hatched over the rest of its range, with whiskers at
 * its bounds and a tick at its value or best value; an estimate with no
 * upper bound runs to the edge with an arrow. A figure the source does not
 * give is written as what the source said, `unknown`, `not reported` or
 * `none observed`, and never drawn as a bar of zero. With `reconcile`, the
 * figures the others determine are drawn cross-hatched and labelled derived.
 *
 * The SVG is `role="img"` with a `<title>` and a `<desc>` that states every
 * figure; it is as tall as its rows unless `height` is given (the drawing
 * is then scaled to fit); the same breakdown always gives the same string.
 *
 * @category Render
 * @throws {FogcountError} `invalid-breakdown` for a value that is not a casualty breakdown (see `CasualtyBreakdownSchema`); `invalid-option` for options that are not an object, an option it does not take, a `reconcile` that is not a boolean, a `width` or `height` out of range, a `title` that is not text or is blank, an `id` that is not a name or a locale that is not a language tag; `overflow` for a derived sum past the largest finite number.
 * @example
 * const svg = casualtyChart(nisBriefing2025CasualtiesApril);
 * svg.match(/<g class="row not-reported"/g)?.length;
 * //=> 3
 * casualtyChart(nisBriefing2025CasualtiesApril, { reconcile: true }).includes("derived: about 4,100");
 * //=> true
 */
export function casualtyChart(breakdown: CasualtyBreakdown, options?: CasualtyChartOptions): string {
  try {
    const where = "casualtyChart";
    const { settings, options: o } = chartOptions(where, options, ["reconcile"], { height: 0, title: "Casualties", minWidth: 400 });
    const { rows, includes, unit, findings } = rowsOf(breakdown, flagOption(where, "reconcile", o.reconcile, false), settings.locale);
    return draw(rows, includes, unit, findings, settings, settings.title);
  } catch (error) {
    rethrow("casualtyChart", { breakdown, options }, error);
  }
}
