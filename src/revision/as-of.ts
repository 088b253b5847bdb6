import { rethrow } from "../_lib/guard.js";
import type { Claim } from "../claim/schema.js";
import { oneOf, optionsOf } from "../_lib/assert.js";
import { maxAgeOf } from "./age.js";
import { checkHistory } from "./check.js";
import { knownQuerySecond, OPEN_START, validQueryDay } from "./clock.js";
import type { RevisionHistory } from "./history.js";
import { assertReplacementsHeld } from "./links.js";
import { latestRendering } from "./restatements.js";
import { findInForce } from "./search.js";
import { assertStocks } from "./stock.js";

/** The two clocks of an {@link asOf} question. */
export interface AsOfQuery {
  /**
   * The valid time asked about, as EDTF; a period stands for its latest day
   * ("as of January" is as of 31 January). Omitted: the latest valid time.
   */
  readonly valid?: string;
  /**
   * When the question is asked, as EDTF: a date is the end of that day, a
   * date and time that moment (in UTC, its offset applied), any other period the end
   * of its latest day. Omitted: everything the history knows.
   */
  readonly known?: string;
  /**
   * `"exclude"` (the default) answers with originals and passes over claims
   * that restate another (`restates`); `"include"` answers with the latest
   * restatement of the original in force, known by then, that states the same
   * indicator (subject, measure, unit, scope, parts, aggregation and modality)
   * for the same valid time, else with the original. A restatement of a
   * figure that is retired or revised is never the answer. O(n) for `"include"`.
   */
  readonly restatements?: "exclude" | "include";
  /**
   * The oldest figure to answer with, in days: when the claim in force
   * describes a time more than `maxAgeDays` before `valid` (see
   * {@link ageDays}), the answer is `undefined`. Only with `valid`: without it, `invalid-option`.
   */
  readonly maxAgeDays?: number;
}

/**
 * The claim in force for valid time `valid` as known at `known`: "what did
 * we believe on 1 March about the figure for January?".
 *
 * The rule: of the claims known at `known` (reported by then, and not
 * retired by a deprecation by then), take those whose valid day is on or
 * before `valid`, and return the one with the latest valid day; among claims
 * with the same valid day, the one that became known last; among claims
 * known at the same moment, or whose order cannot be told (under `knownFrom:
 * "end"`, a report dated to a day and one at a time of day within it), a `preferred` one, then the lowest id, never the
 * order they were given in (`findContradictions` reports such a tie with
 * different figures as `simultaneous-conflict`). A claim's valid day is the
 * last day of its valid time and it is known from the end of the last day
 * of its `reportedAt` (or its time of day) unless the history was built with other `Clocks`. So a later
 * report about the same valid time supersedes an earlier one from its report date on.
 * Restatements (claims with `restates`: an outlet repeating a figure) are
 * passed over unless `restatements: "include"`. A deprecated claim is
 * believed until its replacement (`supersededBy`) is known; one with no
 * `supersededBy` is skipped, falling back to the figure believed before it.
 * One whose `supersededBy` names a claim that is not in the history (a
 * dangling link, which `findContradictions` reports as
 * `replacement-not-in-history`) is refused wherever it could be the answer
 * (valid on or before `valid`, known by `known`): when it stopped being
 * believed cannot be told, and leaving it out would be silent. `undefined`
 * when nothing was known.
 *
 * A claim whose valid time has no first day to sit at (open or unknown at its start,
 * `"../2025-03"`, in a history read with `anchor: "start"`) is never the answer: read as the
 * beginning of time it would be in force for every valid time asked about, 1900 included, so
 * where it would be in force `asOf` answers `undefined` (read the history with the default
 * `anchor: "end"` to place it at its last day).
 *
 * `asOf` answers stocks, levels as of a time: a history of flows (a count
 * over its valid period, such as casualties in one week) or increments is
 * refused with `not-a-stock`, since weeks later the week's count would read
 * as the current level.
 *
 * A binary search: O(log n), plus one step for each deprecated claim passed over.
 *
 * @category Revision
 * @throws {FogcountError} `not-a-stock` for a history of flows or increments; `invalid-as-of` for a time that is not EDTF or has no latest day; `invalid-history` for a deprecated claim that could be the answer whose `supersededBy` names a claim not in the history, a value that is not a revision history, or one whose index does not match its claims or that holds two claims of one id or a claim whose valid time has unspecified digits (a history read from JSON is checked once, then frozen in place and searched); `invalid-option` for a query that is not an object, an option it does not take (a typo such as `know`), a `restatements` other than "exclude" or "include", or a `maxAgeDays` that is not a finite number of days, not negative, or given without `valid`.
 * @example
 * const [casualties] = revisionHistory([january, march, april]);
 * asOf(casualties, { valid: "2025-03-31" })?.estimate;
 * //=> { kind: "exact", value: 4000, unit: "person", text: "4,000" }
 * asOf(casualties, { valid: "2025-01", known: "2025-03-01" })?.estimate.value;
 * //=> 3000
 * asOf(casualties, { known: "2024-12-31" });
 * //=> undefined
 */
export function asOf(history: RevisionHistory, query?: AsOfQuery): Claim | undefined {
  try {
    return claimInForce("asOf", history, query);
  } catch (error) {
    rethrow("asOf", { history, query }, error);
  }
}

/** {@link asOf} for `where`. @internal */
export function claimInForce(where: string, history: RevisionHistory, query?: AsOfQuery): Claim | undefined {
  const h = checkHistory(where, history);
  const { valid, known, restatements = "exclude", maxAgeDays } = optionsOf(where, query, "query", ["valid", "known", "restatements", "maxAgeDays"]);
  oneOf(where, "query.restatements", restatements, ["exclude", "include"]);
  const maxAge = maxAgeOf(where, maxAgeDays, valid);
  // the originals of a history share one aggregation (it is in the key): the first one says
  const first = h.claims.find((c) => c.restates === undefined);
  if (first !== undefined) assertStocks(where, [first], `${where} answers levels as of a time (find a count over a period by its validTime in history.claims)`);
  const day = validQueryDay(where, valid, "query.valid");
  const second = knownQuerySecond(where, known, "query.known");
  assertReplacementsHeld(where, h.claims, h.index, day, second);
  const i = findInForce(h.index, day, second, h.claims);
  // a claim with no first day (anchor "start", an open or unknown start) sits before every day: it answers for no time
  if (i < 0 || h.index.validDay[i] === OPEN_START || (maxAge !== undefined && valid !== undefined && day - (h.index.validDay[i] as number) > maxAge)) return undefined;
  // a restatement is an answer only as its original's figure, when that is in force
  return h.claims[restatements === "include" ? latestRendering(h, i, second) : i];
}

/**
 * The latest figure as known now: the claim in force for the latest valid
 * time with everything the history knows; `asOf(history, options)`. Like
 * `asOf`, it answers stocks only.
 *
 * @category Revision
 * @throws {FogcountError} `not-a-stock` for a history of flows or increments; `invalid-history` for a deprecated claim whose `supersededBy` names a claim not in the history, a value that is not a revision history, or one whose index does not match its claims or that holds two claims of one id or a claim whose valid time has unspecified digits; `invalid-option` for options that are not an object, an option other than `restatements`, or a `restatements` other than "exclude" or "include".
 * @example
 * latest(revisionHistory([january, march, april])[0])?.id;
 * //=> "nis-2025-04-casualties"
 */
export function latest(history: RevisionHistory, options?: Pick<AsOfQuery, "restatements">): Claim | undefined {
  try {
    const { restatements } = optionsOf("latest", options, "options", ["restatements"]);
    return claimInForce("latest", history, restatements === undefined ? undefined : { restatements });
  } catch (error) {
    rethrow("latest", { history, options }, error);
  }
}
