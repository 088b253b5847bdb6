import { within } from "../_lib/assert.js";
import { rethrow } from "../_lib/guard.js";
import type { DeploymentCategory } from "../deployment/categories.js";
import { dayInWords } from "../deployment/in-force.js";
import type { Deployment } from "../deployment/schema.js";
import type { Estimate } from "../estimate/schema.js";
import { timeAxisX, titleText, valueAxisY } from "./axes.js";
import type { Frame } from "./axes.js";
import { readDeployments } from "./deployment-read.js";
import type { DeploymentData, Plan, Step } from "./deployment-read.js";
import { legend, legendHeight } from "./legend.js";
import type { LegendItem } from "./legend.js";
import { arrowHead, GRID, INK, marker, MUTED, patternedRect, patterns, seriesStyle } from "./marks.js";
import { chartOptions } from "./options.js";
import type { ChartOptions, Settings } from "./options.js";
import { headroom, linearDomain, scaleOf, timeTicks } from "./scale.js";
import type { Domain, Scale } from "./scale.js";
import { bounds, fit, label, polyline, svgDocument, tag, textWidth } from "./svg.js";
import { listWords, periodWords, stated, tickText, unitWords } from "./words.js";

/** Options for {@link deploymentChart}: those of every chart, and the category to chart. */
export interface DeploymentChartOptions extends ChartOptions {
  /** The category to chart; may be left out when the waves are of one category. */
  readonly category?: DeploymentCategory;
}

interface Plot {
  readonly frame: Frame;
  readonly x: Scale;
  readonly y: Scale;
  readonly values: Domain;
  readonly days: readonly [number, number];
}

const TOTAL = seriesStyle(0);
const PLAN = seriesStyle(1);

function plotOf(data: DeploymentData, s: Settings, foot: number): Plot {
  const days = [...data.steps.map((st) => st.day), ...data.plans.flatMap((p) => [p.start, p.end].filter((d): d is number => d !== null))];
  const lo = days.length === 0 ? 0 : Math.min(...days);
  const hi = days.length === 0 ? 1 : Math.max(...days);
  const pad = Math.max(14, (hi - lo) * 0.08);
  const intervals = [...data.steps.flatMap((st) => (st.interval === undefined ? [] : [st.interval])), ...data.plans.map((p) => p.interval)];
  const values = intervals.flatMap((i) => [i.low, ...(i.high === Infinity ? [] : [i.high])]);
  const top = Math.max(0, ...values);
  const domain = linearDomain(0, headroom(0, top, 0.08));
  const widest = Math.max(...domain.ticks.map((t) => tickText(t, data.unit, s.locale).length));
  // tick labels are short (compact or scientific), and the plot keeps at least half the width whatever they are
  const frame = { left: Math.min(30 + widest * 6.5, s.width * 0.4), top: 62, right: s.width - 24, bottom: s.height - 52 - foot };
  return { frame, values: domain, days: [lo - pad * 0.3, hi + pad], x: scaleOf(lo - pad * 0.3, hi + pad, frame.left, frame.right), y: scaleOf(domain.low, domain.high, frame.bottom, frame.top) };
}

/** One step of the total: a hatched band over the range it allows, its bounds as lines, its best value thicker, its label; or a gap. */
/** The baseline for a label over `[a, b]` at `y` or, where a label already is, a line higher; the label's place is taken. */
function free(taken: [number, number, number][], a: number, b: number, y: number): number {
  let at = y;
  while (taken.some(([p, q, z]) => a < q + 8 && p < b + 8 && Math.abs(z - at) < 13)) at -= 13;
  taken.push([a, b, at]);
  return at;
}

function stepMarks(st: Step, x1: number, x2: number, p: Plot, locale: string, last: boolean, taken: [number, number, number][]): string {
  const { frame, y } = p;
  if (st.interval === undefined) {
    const mid = (x1 + x2) / 2;
    const words = x2 - x1 > 60 ? [label(mid, frame.top + 18, "no total:", { "text-anchor": "middle", "font-size": 11, fill: INK }), label(mid, frame.top + 32, "the dates contradict", { "text-anchor": "middle", "font-size": 11, fill: INK }), label(mid, frame.top + 46, "the waves' links", { "text-anchor": "middle", "font-size": 11, fill: INK })] : [];
    return tag("g", { class: "step gap", "data-from": st.iso }, patternedRect(x1, frame.top, x2 - x1, frame.bottom - frame.top, "#9ca3af", "gap"), ...words);
  }
  const { low, high, best } = st.interval;
  const open = high === Infinity;
  const [yl, yh] = [y(low), open ? frame.top : y(high)];
  const parts = [patternedRect(x1, yh, x2 - x1, yl - yh, TOTAL.color, "hatch")];
  parts.push(tag("path", { d: polyline([[x1, yl], [x2, yl]]), stroke: TOTAL.color, "stroke-width": 1.6 }));
  if (!open) parts.push(tag("path", { d: polyline([[x1, yh], [x2, yh]]), stroke: TOTAL.color, "stroke-width": 1.6 }));
  else parts.push(arrowHead((x1 + x2) / 2, frame.top + 10, (x1 + x2) / 2, frame.top, TOTAL.color));
  if (best !== undefined) parts.push(tag("path", { d: polyline([[x1, y(best)], [x2, y(best)]]), stroke: TOTAL.color, "stroke-width": 3.2 }));
  // a step with an interval has its estimate
  const text = stated(st.estimate as Estimate, locale, true);
  const w = textWidth(text, 11);
  // the last step runs on to the edge: its label is written there, ending at the frame, when it does not fit after the step begins
  const at = x2 - x1 > w + 8 ? x1 + 4 : last ? x2 - 2 - w : undefined;
  if (at !== undefined) parts.push(label(at, free(taken, at, at + w, yh - 5), text, { "font-size": 11, fill: INK }));
  return tag("g", { class: "step", "data-from": st.iso, ...bounds(low, high) }, ...parts);
}

/** A plan or projection: a dashed box over its period and the range it allows (a dashed line for a point), a hollow marker and its modality; never stacked on the total. */
function planMarks(plan: Plan, p: Plot, locale: string): string {
  const { frame, x, y } = p;
  const [x1, x2] = [plan.start === null ? frame.left : x(plan.start), plan.end === null ? frame.right : x(plan.end)];
  const open = plan.interval.high === Infinity;
  const [yl, yh] = [y(plan.interval.low), open ? frame.top : y(plan.interval.high)];
  const value = plan.interval.best ?? (plan.interval.low === plan.interval.high ? plan.interval.low : undefined);
  const parts = [tag("rect", { x: x1, y: yh, width: Math.max(2, x2 - x1), height: Math.max(0, yl - yh), fill: "none", stroke: PLAN.color, "stroke-width": 1.6, "stroke-dasharray": "6 4" })];
  if (value !== undefined) parts.push(tag("path", { d: polyline([[x1, y(value)], [x2, y(value)]]), stroke: PLAN.color, "stroke-width": 1.6, "stroke-dasharray": "6 4" }), marker(PLAN, x2, y(value), true, 4.5));
  parts.push(label(x1, yh - 5, `${plan.modality}: ${stated(plan.estimate, locale, true)}`, { "font-size": 11, fill: PLAN.color }));
  return tag("g", { class: `plan ${plan.modality}`, "data-wave": plan.id, ...bounds(plan.interval.low, plan.interval.high) }, ...parts);
}

/** The risers between steps: where the total changes, its bounds move up or down. */
function risers(data: DeploymentData, p: Plot): string {
  const out: string[] = [];
  for (let k = 1; k < data.steps.length; k++) {
    const [a, b] = [data.steps[k - 1] as Step, data.steps[k] as Step];
    if (a.interval === undefined || b.interval === undefined) continue;
    const at = p.x(b.day);
    for (const [u, v] of [[a.interval.low, b.interval.low], [a.interval.high, b.interval.high]] as const) {
      if (u !== Infinity && v !== Infinity) out.push(tag("path", { d: polyline([[at, p.y(u)], [at, p.y(v)]]), stroke: TOTAL.color, "stroke-width": 1.6 }));
    }
  }
  return out.join("");
}

function legendItems(data: DeploymentData): LegendItem[] {
  const items: LegendItem[] = [];
  if (data.steps.some((st) => st.interval !== undefined)) items.push({ swatch: patternedRect(-12, -6, 24, 12, TOTAL.color, "hatch") + tag("path", { d: "M-12 -6 L12 -6 M-12 6 L12 6", stroke: TOTAL.color, "stroke-width": 1.6 }), text: "asserted total: the range it allows" });
  if (data.steps.some((st) => st.interval?.best !== undefined)) items.push({ swatch: tag("path", { d: "M-12 0 L12 0", stroke: TOTAL.color, "stroke-width": 3.2 }), text: "best value" });
  if (data.steps.some((st) => st.gap !== undefined)) items.push({ swatch: patternedRect(-12, -6, 24, 12, "#9ca3af", "gap"), text: "no total given" });
  if (data.plans.length > 0) items.push({ swatch: tag("rect", { x: -12, y: -6, width: 24, height: 12, fill: "none", stroke: PLAN.color, "stroke-width": 1.6, "stroke-dasharray": "6 4" }), text: "not asserted (planned, projected): never added" });
  return items;
}

/** The description: every step of the total, every gap with its reason, every plan, in words. */
function describe(data: DeploymentData, locale: string): string {
  const head = `Total ${data.category} sent from ${data.from} to ${data.to} and in force over time, in ${unitWords(data.unit)}, by the asserted waves.`;
  const steps = data.steps.map((st, k) => {
    const next = data.steps[k + 1];
    const when = next === undefined ? `From ${dayInWords(st.iso)} on` : `From ${dayInWords(st.iso)}`;
    const what = st.estimate === undefined ? `no total is given: ${st.gap as string}` : stated(st.estimate, locale);
    return `${when}: ${what} (${listWords(st.changes)}).`;
  });
  const plans = data.plans.map((p) => `${p.modality[0]?.toUpperCase()}${p.modality.slice(1)}, not added to the total: ${stated(p.estimate, locale)} for ${periodWords(p.period)} (${p.id}).`);
  return [head, ...(steps.length === 0 ? ["No wave is asserted."] : steps), ...plans].join(" ");
}

function draw(data: DeploymentData, s: Settings, title: string): string {
  const items = legendItems(data);
  const foot = legendHeight(items, s.width - 40);
  const p = plotOf(data, s, foot);
  const ticks = timeTicks(p.days[0], p.days[1], Math.max(2, Math.floor((p.frame.right - p.frame.left) / 90)));
  const body = [titleText(title, s.width), label(16, 44, fit(`${data.from} → ${data.to}, asserted waves only; plans and projections drawn apart`, Math.floor((s.width - 32) / 6.8)), { "font-size": 12, fill: MUTED })];
  body.push(valueAxisY(p.values, p.y, p.frame, data.unit, s.locale), timeAxisX(ticks, p.x, p.frame, "the day from which each total holds"));
  const taken: [number, number, number][] = [];
  const steps = data.steps.map((st, k) => stepMarks(st, p.x(st.day), p.x(data.steps[k + 1]?.day ?? p.days[1]), p, s.locale, k === data.steps.length - 1, taken));
  body.push(tag("g", { class: "total" }, ...steps, risers(data, p)), tag("g", { class: "plans" }, ...data.plans.map((plan) => planMarks(plan, p, s.locale))));
  body.push(tag("rect", { x: p.frame.left, y: p.frame.top, width: p.frame.right - p.frame.left, height: p.frame.bottom - p.frame.top, fill: "none", stroke: GRID }));
  body.push(legend(items, 20, s.height - foot - 2, s.width - 40));
  return svgDocument({ kind: "deployment", width: s.width, height: s.height, title, desc: describe(data, s.locale), id: s.id }, patterns(["hatch", "gap"]), body.join(""));
}

/**
 * Deployment waves as an SVG step chart: the total of the asserted waves in
 * force over time, by the rules of `deploymentSeries` (a wave being sent
 * counts as an unstated share of it, an increment adds, a replacement
 * replaces), drawn as a hatched band over the range the total allows with
 * its bounds as lines and its best value thicker. Days on which the waves'
 * dates contradict their links (the seed's increment dated "early 2023",
 * before the wave it adds to) have no total, and are drawn as a gap with the
 * reason, never as zero. Planned, projected and potential waves are drawn
 * apart as dashed boxes over their periods, and never added to the total.
 *
 * The SVG is `role="img"` with a `<title>` and a `<desc>` that states every
 * step, gap and plan; the same waves always give the same string.
 *
 * @category Render
 * @throws {FogcountError} `invalid-argument` if `deployments` is not an array; `invalid-deployment` for a wave that is not one; `duplicate-deployment-id`, `unknown-wave`, `wave-cycle` or `mixed-indicators` (a wave adding to or replacing one of another route, category or unit) for a list whose waves do not refer to each other as they should; `no-waves` if no wave of the category is given; `mixed-indicators` for waves of several categories (without `category`) or routes; `unit-mismatch` for waves in different units; `increment-without-base` for an asserted increment to a wave that is not asserted; `invalid-option` for options that are not an object, an option it does not take, a category that is not one, a `width` or `height` out of range, a `title` that is not text or is blank, an `id` that is not a name or a locale that is not a language tag; `overflow` for a total past the largest finite number.
 * @example
 * const svg = deploymentChart(nisBriefing2025Deployments);
 * svg.match(/<g class="step"/g)?.length;
 * //=> 2
 * svg.match(/<g class="step gap"/g)?.length;
 * //=> 1
 */
export function deploymentChart(deployments: readonly Deployment[], options?: DeploymentChartOptions): string {
  try {
    const where = "deploymentChart";
    const { settings, options: o } = chartOptions(where, options, ["category"], { height: 360, title: "", minWidth: 360, minHeight: 240 });
    const data = within(where, () => readDeployments(where, deployments, o.category));
    return draw(data, settings, o.title ?? `Deployed: ${data.category}, ${data.from} to ${data.to}`);
  } catch (error) {
    rethrow("deploymentChart", { deployments, options }, error);
  }
}
