// Reading waves for deploymentChart: the asserted waves totalled over time by
// the deployment room's rules, days whose total those rules refuse kept as
// gaps with the reason, and the plans and projections kept apart. Not exported
// from the package.

import type { ClaimModality } from "../claim/kinds.js";
import { checkWaves } from "../deployment/check.js";
import type { Wave } from "../deployment/check.js";
import type { DeploymentCategory } from "../deployment/categories.js";
import { stateAt, totalOf } from "../deployment/in-force.js";
import { selectWaves } from "../deployment/select.js";
import type { Selection } from "../deployment/select.js";
import { FogcountError, isFogcountError } from "../errors.js";
import type { Interval } from "../estimate/interval.js";
import { readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { OPEN_END, OPEN_START } from "../revision/clock.js";

/** The total from one day until the next step: an estimate, or the reason none is given. @internal */
export interface Step {
  readonly day: number;
  readonly iso: string;
  readonly estimate: Estimate | undefined;
  readonly interval: Interval | undefined;
  /** Why no total is given from this day (the waves' dates contradict their links). */
  readonly gap: string | undefined;
  /** The waves that begin or complete this day. */
  readonly changes: readonly string[];
}

/** A wave that is not asserted: drawn apart, never added to the total. @internal */
export interface Plan {
  readonly id: string;
  readonly modality: ClaimModality;
  readonly estimate: Estimate;
  readonly interval: Interval;
  readonly period: string;
  readonly start: number | null;
  readonly end: number | null;
}

/** What a deployment chart draws. @internal */
export interface DeploymentData {
  readonly category: string;
  readonly from: string;
  readonly to: string;
  readonly unit: string;
  readonly steps: readonly Step[];
  readonly plans: readonly Plan[];
}

/** The codes with which the deployment room refuses a total on a day whose waves' dates contradict their links. */
const CONTRADICTIONS = ["increment-before-base", "replacement-before-original", "increment-on-replaced"];

/** The days on which a counted wave begins or ends, in order, with their ISO dates and what changes. */
function changeDays(s: Selection): { day: number; iso: string; changes: string[] }[] {
  const days = new Map<number, { iso: string; changes: string[] }>();
  const at = (day: number, iso: string, change: string) => {
    const entry = days.get(day) ?? { iso, changes: [] };
    entry.changes.push(change);
    days.set(day, entry);
  };
  for (const w of s.counted) {
    if (w.start !== OPEN_START) at(w.start, w.startIso as string, `${w.d.id} begins`);
    if (w.end !== OPEN_END) at(w.end, w.endIso as string, `${w.d.id} completes`);
  }
  return [...days].sort((a, b) => a[0] - b[0]).map(([day, v]) => ({ day, iso: v.iso, changes: tidy(v.changes) }));
}

/** A wave that begins and completes within one step is said once: "w begins and completes", not "w begins and w completes". */
function tidy(changes: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of changes) {
    const id = c.endsWith(" completes") ? c.slice(0, -" completes".length) : undefined;
    const k = id === undefined ? -1 : out.indexOf(`${id} begins`);
    if (k >= 0) out[k] = `${id as string} begins and completes`;
    else out.push(c);
  }
  return out;
}

/** A step after a gap that is a gap too is the same gap: one gap, its changes joined. */
function joinGaps(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  for (const st of steps) {
    const last = out[out.length - 1];
    if (last?.gap !== undefined && st.gap !== undefined) out[out.length - 1] = { ...last, changes: tidy([...last.changes, ...st.changes]) };
    else out.push(st);
  }
  return out;
}

/** The total of the asserted waves on each change day, or the reason the deployment room gives none. */
function stepsOf(where: string, s: Selection): Step[] {
  return joinGaps(changeDays(s).map(({ day, iso, changes }) => {
    try {
      const estimate = totalOf(s, stateAt(where, s, day, iso));
      return { day, iso, estimate, interval: readInterval(estimate), gap: undefined, changes };
    } catch (error) {
      if (!isFogcountError(error) || !CONTRADICTIONS.includes(error.code)) throw error;
      return { day, iso, estimate: undefined, interval: undefined, gap: error.message.replace(/^[^:]*: /, ""), changes };
    }
  }));
}

/** The asserted waves selected by the deployment room; `undefined` when there are none (a chart of plans alone). */
function assertedOf(where: string, deployments: unknown, category: DeploymentCategory | undefined): Selection | undefined {
  try {
    return selectWaves(where, deployments, category === undefined ? undefined : { category }, ["category"]);
  } catch (error) {
    if (isFogcountError(error, "no-waves")) return undefined;
    throw error;
  }
}

function mixed(where: string, what: string, w: Wave): never {
  throw new FogcountError("mixed-indicators", `${where}: deployments[${w.index}] differs in ${what} from the waves charted (choose one with options.category)`, { wave: w.d.id });
}

/** The waves of the category that are not asserted, on the route and in the unit of the reference wave. */
function plansOf(where: string, waves: readonly Wave[], category: string, ref: Wave): Plan[] {
  return waves
    .filter((w) => w.modality !== "asserted" && w.d.category === category)
    .map((w) => {
      if (w.d.from !== ref.d.from || w.d.to !== ref.d.to) mixed(where, "route (from, to)", w);
      if (w.d.size.unit !== ref.d.size.unit) throw new FogcountError("unit-mismatch", `${where}: deployments[${w.index}] is in "${w.d.size.unit}", not "${ref.d.size.unit}"`, { left: ref.d.size.unit, right: w.d.size.unit });
      const open = (day: number) => (day === OPEN_START || day === OPEN_END ? null : day);
      return { id: w.d.id, modality: w.modality, estimate: w.d.size, interval: readInterval(w.d.size), period: w.d.period, start: open(w.start), end: open(w.end) };
    });
}

/** Reads what `deploymentChart` draws, by the rules of `deploymentSeries`, with contradictions kept as gaps. @internal */
export function readDeployments(where: string, deployments: unknown, category: DeploymentCategory | undefined): DeploymentData {
  const { waves } = checkWaves(where, deployments);
  const asserted = assertedOf(where, deployments, category);
  const chosen = category ?? asserted?.counted[0]?.d.category ?? waves.find((w) => w.modality !== "asserted")?.d.category;
  const ref = asserted?.counted[0] ?? waves.find((w) => w.modality !== "asserted" && w.d.category === chosen);
  if (chosen === undefined || ref === undefined) {
    throw new FogcountError("no-waves", `${where}: no wave${category === undefined ? "" : ` of category ${JSON.stringify(category)}`} to chart`, { category });
  }
  if (asserted === undefined) {
    const other = waves.find((w) => w.d.category !== chosen);
    if (category === undefined && other !== undefined) mixed(where, "category", other);
  }
  const plans = plansOf(where, waves, chosen, ref);
  return { category: chosen, from: ref.d.from, to: ref.d.to, unit: ref.d.size.unit, steps: asserted === undefined ? [] : stepsOf(where, asserted), plans };
}
