// Whether two claims divided one by the other describe one thing on one
// basis: one originator, one kind of count (a level as of a time, or a count
// over a period) and one valid time. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import type { Figure } from "../explain/figure.js";
import { periodDays } from "../revision/clock.js";
import { parsePeriod } from "../time/edtf.js";

/** A ratio's operand: its name in messages ("killed") and its figure. @internal */
export interface Operand {
  readonly name: string;
  readonly figure: Figure;
}

/** The claim a figure is, if it is one (a claim given, or a figure made of one). @internal */
export function claimOf(f: Figure): Claim | undefined {
  return f.derivation.op === "claim" ? f.derivation.claim : undefined;
}

const aggregationOf = (c: Claim): string => c.indicator.aggregation ?? "stock";

/** A kind of count with its article: "a stock", "a flow", "an increment". */
const kindOf = (c: Claim): string => `${aggregationOf(c) === "increment" ? "an" : "a"} ${aggregationOf(c)}`;

/** The days a claim's valid time covers, as the clocks count them: a stock by its last day only (a level as of then). */
function daysOf(c: Claim): string {
  const read = parsePeriod(c.validTime);
  if (!read.ok) return c.validTime;
  const { first, last } = periodDays(read.value);
  return aggregationOf(c) === "stock" ? `${last}` : `${first}/${last}`;
}

const named = (o: Operand, c: Claim, what: string): string => `the ${o.name} (${c.id}, ${what})`;

/**
 * Refuses a ratio of two claims that are not on one basis, so that the
 * quotient is never a confident figure of nothing: claims of different
 * originators (`mixed-originators`: one source's killed over another's
 * casualties mixes two counts, as `checkComposition` never compares them),
 * claims about different subjects or scopes (`mixed-breakdown`: one force's
 * killed over another force's, or one front's, casualties),
 * a count over a period against a level as of a time (`mixed-aggregations`:
 * 50 casualties in a week over 10,000 troops is a rate per week, not a
 * share), and different valid times (`mixed-valid-times`: January's killed
 * over April's casualties). A stock's valid time is its last day ("2025-04"
 * and "2025-04-30" are one time); a flow's is its whole period. Operands
 * that are not claims are taken as given. @internal
 */
export function checkSameBasis(where: string, a: Operand, b: Operand): void {
  const [x, y] = [claimOf(a.figure), claimOf(b.figure)];
  if (x === undefined || y === undefined) return;
  const details = { claims: [x.id, y.id] };
  const [ox, oy] = [x.attribution.originator.id, y.attribution.originator.id];
  if (ox !== oy) {
    const why = "a ratio of one originator's figure to another's mixes their definitions, coverage and dates; divide each originator's own figures";
    throw new FogcountError("mixed-originators", `${where}: ${named(a, x, `by ${JSON.stringify(ox)}`)} and ${named(b, y, `by ${JSON.stringify(oy)}`)} are of different originators: ${why}`, { ...details, originators: [ox, oy] });
  }
  // one force's killed over another force's (or one front's) casualties is no share of anything
  const [sx, sy] = [`${x.indicator.subject}${x.indicator.scope === undefined ? "" : ` (${x.indicator.scope})`}`, `${y.indicator.subject}${y.indicator.scope === undefined ? "" : ` (${y.indicator.scope})`}`];
  if (sx !== sy) {
    const why = "a ratio of one subject's or scope's figure to another's divides two different groups; divide figures of one subject and scope";
    throw new FogcountError("mixed-breakdown", `${where}: ${named(a, x, `about ${sx}`)} and ${named(b, y, `about ${sy}`)} are about different subjects or scopes: ${why}`, { ...details, subjects: [sx, sy] });
  }
  const [gx, gy] = [aggregationOf(x), aggregationOf(y)];
  if (gx !== gy) {
    const why = "a count over a period divided by a level as of a time (or an increment) is a rate per period, not a share";
    throw new FogcountError("mixed-aggregations", `${where}: ${named(a, x, kindOf(x))} and ${named(b, y, kindOf(y))} are not counted alike: ${why}`, { ...details, aggregations: [gx, gy] });
  }
  if (daysOf(x) !== daysOf(y)) {
    const why = "each is a count at its own time, and the one grew or changed while the other stood still; divide figures valid for one time";
    throw new FogcountError("mixed-valid-times", `${where}: ${named(a, x, `valid ${x.validTime}`)} and ${named(b, y, `valid ${y.validTime}`)} describe different times: ${why}`, { ...details, validTimes: [x.validTime, y.validTime] });
  }
}

/**
 * Refuses a casualties claim that is a count over a period (a flow) or an
 * increment where the other operand is a level by its nature (the force
 * deployed): `mixed-aggregations`. @internal
 */
export function checkLevel(where: string, o: Operand, against: string): void {
  const c = claimOf(o.figure);
  if (c === undefined || aggregationOf(c) === "stock") return;
  const why = `a count over a period (or an added count) divided by ${against}, a level, is a rate per period, not a share; give a level as of a time`;
  throw new FogcountError("mixed-aggregations", `${where}: ${named(o, c, `${kindOf(c)}, valid ${c.validTime}`)} is not counted as ${against} is: ${why}`, { claims: [c.id], aggregations: [aggregationOf(c), "stock"] });
}
