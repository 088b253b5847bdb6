import { rethrow } from "../_lib/guard.js";
import { fail } from "../_lib/assert.js";
import { FogcountError } from "../errors.js";
import type { Estimate } from "../estimate/schema.js";
import type { Figure } from "../explain/figure.js";
import { isoOfDay, periodDays } from "../revision/clock.js";
import { boundsOf } from "../time/bounds.js";
import { parsePeriod } from "../time/edtf.js";
import type { Deployment } from "./schema.js";
import { stateAt, totalFigure } from "./in-force.js";
import { selectWaves } from "./select.js";
import type { DeploymentSelection } from "./select.js";
import { changeDays, seriesPoints } from "./sweep.js";

/** Options for {@link deploymentTotal}. */
export interface DeploymentTotalOptions extends DeploymentSelection {
  /**
   * The date to total at, as EDTF; a period stands for its last day ("2025-04"
   * is 30 April 2025), and a time of day for its day in UTC
   * ("2024-11-01T01:00:00+03:00" is 31 October 2024). Left out: the last day on which a wave begins or ends,
   * after which nothing changes (the last point of {@link deploymentSeries}).
   */
  readonly asOf?: string;
}

/** One point of a {@link deploymentSeries}: the total from a day on which a wave begins or ends. */
export interface DeploymentPoint {
  /** The day, as an ISO date, from which the total holds until the next point. */
  readonly date: string;
  readonly estimate: Estimate;
  /** The ids of the waves in force that day, in the order given. */
  readonly waves: readonly string[];
  /** What changed that day: waves that begin (the first day of their period) or complete (the last). */
  readonly changes: readonly { readonly wave: string; readonly event: "begins" | "completes" }[];
}

/** A time of day written with its offset from UTC ("T01:00:00+03:00", "T01:00Z"). */
const OFFSET = /T\d[^/]*(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/**
 * The day `asOf` stands for: its last day, a time of day placed on its day in UTC, so "2024-11-01T01:00:00+03:00"
 * is 31 October 2024; `inUtc` where it was written with an offset from UTC, for messages to say so.
 */
function asOfDay(where: string, asOf: unknown): { day: number; iso: string; inUtc?: true } {
  if (typeof asOf !== "string") fail(where, "options.asOf", "must be an EDTF date or period", asOf, "invalid-as-of");
  const read = parsePeriod(asOf);
  if (!read.ok) fail(where, "options.asOf", `is not an EDTF date or period (${read.reason})`, asOf, "invalid-as-of");
  const { latest } = boundsOf(read.value);
  const { last } = periodDays(read.value); // a time of day on its day in UTC
  if (latest === null || last === null) fail(where, "options.asOf", "has no last day", asOf, "invalid-as-of");
  // the day checked, named as it was checked: the UTC day, not the day as written
  return OFFSET.test(asOf) ? { day: last, iso: isoOfDay(last), inUtc: true } : { day: last, iso: isoOfDay(last) };
}

/**
 * The total of the waves in force at a date, as a {@link Figure} whose
 * derivation lists the waves, each a stated leaf with its source and period,
 * so that `explain` shows how the total arose.
 *
 * The rules, each so that the total is never a confident wrong number:
 *
 * - A wave counts in full from the last day of its `period`; while it is
 *   being sent (from its first day), it counts as its size times an unstated
 *   share from 0 to 1 ("up to 12,000" during autumn 2024).
 * - An increment (`adds`) counts on top of the wave it adds to; a wave that
 *   `replaces` others takes their place: they count until it begins, as an
 *   unstated share while it is being sent, and not at all once it is complete.
 *   An increment is part of its base, and is replaced with it.
 * - Only asserted waves count unless `modality` asks for more: a plan or a
 *   projection is never counted as sent, and a figure that counts one says so
 *   in its label ("troops (asserted, planned)"). A wave whose claim is (or
 *   restates) a plan is one, whatever the wave says, and is left out with a
 *   note, as `fogcount report` leaves it out: as the `claims` given say, or
 *   without them as its `claimModality` says (which `datasetDeployments`
 *   copies from the dataset's claim).
 * - Given `claims`, a wave whose claim is deprecated (retracted or replaced),
 *   or restates a deprecated claim, is no assertion and is left out with a
 *   note, and so is an increment to it; when nothing is left, the total is
 *   refused with the reason, never given as 0.
 * - A size with no upper bound ("more than 3,000") makes the total open-ended
 *   ("at least …"), with a note; an unknown size is never read as zero.
 * - Waves whose dates contradict their links (the seed's increment of "early
 *   2023" on a wave of autumn 2024) are totalled only on dates when both have
 *   begun, where the order does not change the sum, with a note; for a date
 *   between, the total is refused.
 *
 * The waves counted must be of one category, one route (`from`, `to`) and
 * one unit. O(n) in the number of waves.
 *
 * @category Deployment
 * @throws {FogcountError} `invalid-argument` if `deployments` is not an array; `invalid-deployment` for a wave that is not one; `duplicate-deployment-id`, `unknown-wave`, `wave-cycle` or `mixed-indicators` (a wave adding to or replacing one of another route, category or unit) for a list whose waves do not refer to each other as they should; `invalid-option` for options that are not an object, an unknown option, a category that is not one, a modality outside `MODALITIES`, or `claims` that are not an array of claims with distinct ids or lack a claim a wave names; `invalid-as-of` for an `asOf` that is not EDTF or has no last day; `no-waves` if no wave of the category and modality is given (or every one rests on a deprecated claim), or none has begun by `asOf` (a time of day on its day in UTC, which the message names); `mixed-indicators` for waves of several categories (without `category`) or routes; `unit-mismatch` for waves in different units; `increment-without-base` for a counted increment whose base the options leave out; `increment-before-base` or `replacement-before-original` for a date on which a wave has begun and the wave it adds to or replaces has not; `increment-on-replaced` for a date on which an increment has begun that adds to a wave whose replacement began before it; `overflow` for a total past the largest finite number.
 * @example
 * const total = deploymentTotal(nisBriefing2025Deployments, { asOf: "2025-04-30" });
 * total.estimate;
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 * explain(total, { names: { "kr-nis": "NIS" } });
 * //=> "about 13,000–15,000 troops = 10,000–12,000 (NIS, autumn 2024) + approximately 3,000 (NIS, January–April 2023) (waves in force on 30 April 2025; nis-2023-early-deployed adds to nis-2024-autumn-deployed but is dated before it)"
 * const [autumn] = nisBriefing2025Deployments;
 * const plan = { ...nisBriefing2025Claims.find((c) => c.id === autumn.claim)!, id: "plan", modality: "planned" as const };
 * const later = { ...autumn, id: "later", period: "2025-06", claim: "plan" };
 * deploymentTotal([autumn, later], { asOf: "2025-12-31", claims: [...nisBriefing2025Claims, plan] }).estimate;
 * //=> { kind: "range", low: 10000, high: 12000, unit: "person" }
 * deploymentTotal([autumn, { ...later, claimModality: "planned" }], { asOf: "2025-12-31" }).estimate;
 * //=> { kind: "range", low: 10000, high: 12000, unit: "person" }
 */
export function deploymentTotal(deployments: readonly Deployment[], options?: DeploymentTotalOptions): Figure {
  try {
    const where = "deploymentTotal";
    const s = selectWaves(where, deployments, options, ["category", "asOf", "modality", "claims"]);
    const at: { day: number; iso: string; inUtc?: true } = s.asOf === undefined ? (changeDays(s).at(-1) as { day: number; iso: string }) : asOfDay(where, s.asOf);
    const contributions = stateAt(where, s, at.day, at.iso);
    if (contributions.length === 0) {
      const utc = at.inUtc === true ? ` in UTC (${JSON.stringify(s.asOf)} falls on that day in UTC: a time of day is placed on its day in UTC)` : "";
      throw new FogcountError("no-waves", `${where}: no wave of ${s.label} had begun by ${at.iso}${utc}`, { asOf: at.iso });
    }
    return totalFigure(s, contributions, at.day, at.iso);
  } catch (error) {
    rethrow("deploymentTotal", { deployments, options }, error);
  }
}

/**
 * The cumulative total over time: a point for every day on which a counted
 * wave begins or completes, with the total from that day on (by the rules
 * of {@link deploymentTotal}), the waves in force and what changed. The
 * last point is {@link deploymentTotal} with no `asOf`; a total at any
 * date between two points is the earlier point's. A series of waves whose
 * dates contradict their links is refused, since it would pass through the
 * days for which no total is given.
 *
 * One sweep over the days: O((n + p) log p + a) for n waves, p points and
 * a waves in force summed over the points (the size of the answer's `waves`
 * lists), besides reading the waves; not O(n × p). The answers are those
 * of {@link deploymentTotal} at each point's date.
 *
 * @category Deployment
 * @throws {FogcountError} `invalid-argument` if `deployments` is not an array; `invalid-deployment` for a wave that is not one; `duplicate-deployment-id`, `unknown-wave`, `wave-cycle` or `mixed-indicators` (a wave adding to or replacing one of another route, category or unit) for a list whose waves do not refer to each other as they should; `invalid-option` for options that are not an object, an unknown option (`asOf` included), a category that is not one, a modality outside `MODALITIES`, or `claims` that are not an array of claims with distinct ids or lack a claim a wave names; `no-waves` if no wave of the category and modality is given; `mixed-indicators` for waves of several categories (without `category`) or routes; `unit-mismatch` for waves in different units; `increment-without-base` for a counted increment whose base the options leave out; `increment-before-base` or `replacement-before-original` for waves whose dates contradict their links; `increment-on-replaced` for an increment to a wave whose replacement began before it; `overflow` for a total past the largest finite number.
 * @example
 * deploymentSeries(nisBriefing2025Deployments.slice(0, 1)).map((p) => [p.date, p.estimate]);
 * //=> [["2024-09-01", { kind: "atMost", value: 12000, strict: false, unit: "person" }], ["2024-11-30", { kind: "range", low: 10000, high: 12000, unit: "person" }]]
 */
export function deploymentSeries(deployments: readonly Deployment[], options?: DeploymentSelection): DeploymentPoint[] {
  try {
    const where = "deploymentSeries";
    const s = selectWaves(where, deployments, options, ["category", "modality", "claims"]);
    return seriesPoints(where, s, changeDays(s));
  } catch (error) {
    rethrow("deploymentSeries", { deployments, options }, error);
  }
}
