import { rethrow } from "../_lib/guard.js";
import { fail, isObject, optionsOf } from "../_lib/assert.js";
import { containsZero } from "../_lib/interval-math.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import { divide, sameUnit } from "../estimate/arithmetic.js";
import { formatEstimate } from "../estimate/format.js";
import { ratio } from "../estimate/ratio.js";
import { readInterval } from "../estimate/read.js";
import { derived } from "../explain/derive.js";
import { badLabel, figureOf } from "../explain/figure.js";
import { retired } from "../explain/summable.js";
import type { Figure, FigureInput } from "../explain/figure.js";
import { checkLevel, checkSameBasis } from "./same-basis.js";

/** Options for {@link killedToWounded}, {@link woundedToKilled}, {@link lethality} and {@link casualtyRate}. */
export interface CasualtyRatioOptions {
  /** What the figure is, as a reader would name it; each function has its own default. */
  readonly label?: string;
}

function labelOf(where: string, options: CasualtyRatioOptions | undefined, fallback: string): string {
  const { label = fallback } = optionsOf(where, options, "options", ["label"]);
  const why = badLabel(label);
  if (why !== undefined) fail(where, "options.label", why, label, "invalid-option");
  return label;
}

/** The path of the claim of an input given as a claim, or as a figure that is one. */
function claimPath(path: string, value: unknown): string {
  return isObject(value) && "indicator" in value ? path : `${path}.derivation.claim`;
}

/**
 * Reads an input as a figure of a count: a claim (or a figure that is one)
 * must assert a figure of one of `measures`, be in force (not deprecated),
 * and no figure may go below zero. A claim or bare estimate is labelled `name`.
 */
function countOf(where: string, path: string, value: unknown, measures: readonly string[], name: string): Figure {
  const f = figureOf(where, path, value);
  const d = f.derivation;
  if (d.op === "claim") {
    const c: Claim = d.claim;
    const at = claimPath(path, value);
    const m = c.indicator.measure;
    if (!measures.includes(m)) {
      // a part given as the whole would be written as the casualties: 600 killed is not 600 casualties
      const part = measures.includes("casualties") && (CASUALTY_PARTS as readonly string[]).includes(m) ? `: the ${m} are one part of the casualties, not the casualties${where === "casualtyRate" ? ` (for the share of the force ${m}, use derive.ratio)` : ""}` : "";
      fail(where, `${at}.indicator.measure`, `must be ${measures.join(" or ")}${part}`, m);
    }
    if ((c.modality ?? "asserted") !== "asserted") fail(where, `${at}.modality`, "must be asserted: a plan or projection is no count", c.modality);
    if (c.restates !== undefined) fail(where, `${at}.restates`, "must be left out: use the claim it restates", c.restates);
    const why = retired(c);
    if (why !== undefined) fail(where, `${at}.status`, `says the claim ${why}`, c.status);
  }
  if (readInterval(f.estimate).low < 0) fail(where, path, "is a count and cannot go below zero", value);
  return f.label !== undefined || (d.op !== "claim" && d.op !== "given") ? f : { ...f, label: name };
}

/** The quotient of two separate counts, `top` ÷ `bottom`, refused when `bottom` can be zero. */
function perCount(where: string, top: Figure, bottom: Figure, bottomName: string, label: string): Figure {
  sameUnit(where, top.estimate.unit, bottom.estimate.unit);
  const divisor = readInterval(bottom.estimate);
  if (containsZero(divisor)) {
    throw new FogcountError("division-by-zero-interval", `${where}: the ${bottomName} (${formatEstimate(bottom.estimate)}) can be zero`, { low: divisor.low, high: divisor.high });
  }
  return derived(divide(top.estimate, bottom.estimate), "quotient", [top, bottom], { label });
}

/**
 * The killed per wounded, as a dimensionless figure (unit `"1"`): killed ÷
 * wounded. The NIS's about 600 killed and about 4,100 wounded (4,700 less
 * 600) are about 0.15 killed per wounded; {@link woundedToKilled} gives the
 * same as "1 killed to about 6.8 wounded". Two claims must be one
 * originator's, counted alike and valid for one time. Killed and wounded are separate
 * parts, so the quotient of their intervals is exact; a wounded figure that
 * can be zero has no ratio. The estimate is `divide(killed, wounded)`; the
 * figure keeps the working for `explain`. Inputs are claims (asserting
 * `killed` and `wounded`), estimates or figures.
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-argument` for an input that is not a claim, an estimate or a figure, a claim of another measure, a plan, projection or restatement, a deprecated claim (withdrawn by its source: only figures in force are divided), or a figure below zero; `mixed-originators` for two claims of different originators; `mixed-breakdown` for two claims about different subjects or scopes; `mixed-aggregations` for two claims counted differently (a count over a period against a level as of a time); `mixed-valid-times` for two claims valid for different times; `unit-mismatch` if the units differ; `division-by-zero-interval` if the wounded can be zero; `invalid-option` for options that are not an object, an unknown option or a `label` that is not text; `overflow` for a ratio past the largest finite number.
 * @example
 * const perWounded = killedToWounded(approx(600, "person"), approx(4100, "person"));
 * perWounded.estimate;
 * //=> { kind: "approx", value: 0.14634146341463414, unit: "1" }
 * explain(perWounded);
 * //=> "about 0.15 killed per wounded = about 600 killed ÷ about 4,100 wounded"
 */
export function killedToWounded(killed: FigureInput, wounded: FigureInput, options?: CasualtyRatioOptions): Figure {
  try {
    const where = "killedToWounded";
    const label = labelOf(where, options, "killed per wounded");
    const k = countOf(where, "killed", killed, ["killed"], "killed");
    const w = countOf(where, "wounded", wounded, ["wounded"], "wounded");
    checkSameBasis(where, { name: "killed", figure: k }, { name: "wounded", figure: w });
    return perCount(where, k, w, "wounded", label);
  } catch (error) {
    rethrow("killedToWounded", { killed, wounded, options }, error);
  }
}

/**
 * The wounded per killed, as a dimensionless figure (unit `"1"`): wounded ÷
 * killed, the wounded-to-killed ratio of military medicine, read "1 killed
 * to N wounded" (Holcomb et al., "Understanding combat casualty care
 * statistics", J Trauma 2006). The NIS's about 4,100 wounded and about 600
 * killed are 1 killed to about 6.8 wounded. The estimate is
 * `divide(wounded, killed)`, exact on intervals; a killed figure that can be
 * zero has no ratio. Two claims must be one originator's, counted alike and
 * valid for one time. Inputs are claims (asserting `wounded` and `killed`),
 * estimates or figures.
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-argument` for an input that is not a claim, an estimate or a figure, a claim of another measure, a plan, projection or restatement, a deprecated claim (withdrawn by its source: only figures in force are divided), or a figure below zero; `mixed-originators` for two claims of different originators; `mixed-breakdown` for two claims about different subjects or scopes; `mixed-aggregations` for two claims counted differently (a count over a period against a level as of a time); `mixed-valid-times` for two claims valid for different times; `unit-mismatch` if the units differ; `division-by-zero-interval` if the killed can be zero; `invalid-option` for options that are not an object, an unknown option or a `label` that is not text; `overflow` for a ratio past the largest finite number.
 * @example
 * const perKilled = woundedToKilled(approx(4100, "person"), approx(600, "person"));
 * formatEstimate(perKilled.estimate, { digits: 2 });
 * //=> "about 6.8"
 * explain(perKilled);
 * //=> "about 6.8 wounded per killed = about 4,100 wounded ÷ about 600 killed"
 */
export function woundedToKilled(wounded: FigureInput, killed: FigureInput, options?: CasualtyRatioOptions): Figure {
  try {
    const where = "woundedToKilled";
    const label = labelOf(where, options, "wounded per killed");
    const w = countOf(where, "wounded", wounded, ["wounded"], "wounded");
    const k = countOf(where, "killed", killed, ["killed"], "killed");
    checkSameBasis(where, { name: "wounded", figure: w }, { name: "killed", figure: k });
    return perCount(where, w, k, "killed", label);
  } catch (error) {
    rethrow("woundedToKilled", { wounded, killed, options }, error);
  }
}

/**
 * The share of casualties killed (unit `"1"`), with the tight bounds of
 * `ratio`: the killed are part of the casualties, so the share never exceeds
 * 1 however wide the figures are. With killed counting those who died of
 * wounds (see `MEASURES`) and casualties killed and wounded, this is what
 * combat casualty statistics call the case fatality rate (Holcomb et al.,
 * "Understanding combat casualty care statistics", J Trauma 2006). The
 * estimate is `ratio(killed, casualties)`. A casualties claim must count the
 * killed (its `includes`). Two claims must be one originator's, counted alike
 * and valid for one time: another source's killed over the NIS's casualties,
 * or January's killed over April's casualties, is no share of anything
 * (figures that are not claims are taken as given).
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-argument` for an input that is not a claim, an estimate or a figure, a claim of another measure, a plan, projection or restatement, a deprecated claim (withdrawn by its source: only figures in force are divided), a casualties claim that does not count the killed, or a figure below zero; `mixed-originators` for two claims of different originators; `mixed-breakdown` for two claims about different subjects or scopes; `mixed-aggregations` for two claims counted differently (a count over a period against a level as of a time); `mixed-valid-times` for two claims valid for different times; `unit-mismatch` if the units differ; `part-exceeds-whole` if the killed certainly outnumber the casualties; `division-by-zero-interval` if the casualties can only be zero; `invalid-option` for options that are not an object, an unknown option or a `label` that is not text.
 * @example
 * formatEstimate(lethality(approx(600, "person"), approx(4700, "person")).estimate, { style: "percent" });
 * //=> "about 13%"
 * lethality({ ...nisBriefing2025Claims.find((c) => c.id === "nis-2025-04-killed")!, validTime: "2025-01-31" }, nisBriefing2025Claims.find((c) => c.id === "nis-2025-04-casualties")!);
 * //=> throws FogcountError mixed-valid-times
 */
export function lethality(killed: FigureInput, casualties: FigureInput, options?: CasualtyRatioOptions): Figure {
  try {
    const where = "lethality";
    const label = labelOf(where, options, "of casualties killed");
    const k = countOf(where, "killed", killed, ["killed"], "killed");
    const c = countOf(where, "casualties", casualties, ["casualties"], "casualties");
    checkSameBasis(where, { name: "killed", figure: k }, { name: "casualties", figure: c });
    const d = c.derivation;
    const counts = d.op === "claim" ? d.claim.indicator.includes : undefined;
    if (counts !== undefined && !counts.includes("killed")) fail(where, `${claimPath("casualties", casualties)}.indicator.includes`, "must count the killed, whose share is asked", counts);
    sameUnit(where, k.estimate.unit, c.estimate.unit);
    return derived(ratio(k.estimate, c.estimate), "ratio", [k, c], { label, note: "a part never exceeds its whole" });
  } catch (error) {
    rethrow("lethality", { killed, casualties, options }, error);
  }
}

/**
 * The share of a force that became casualties (unit `"1"`), with the tight
 * bounds of `ratio`: casualties are part of those deployed. The NIS's
 * estimated 4,700 casualties of 13,000–15,000 troops are about 31–37%. The
 * estimate is `ratio(casualties, deployed)`. Casualties must be a claim of
 * `casualties`: a claim of one part (killed, wounded, missing, captured) is
 * refused, since its share would be written as the force's casualties (for
 * the share of a force killed, use `derive.ratio(killed, deployed)`); deployed
 * a claim of `deployed` or `present`, or the figure that sums the waves.
 * A casualties claim must be a level as of a time (50 casualties in a week
 * over 10,000 troops is a weekly rate, not 0.5% of the force), and two
 * claims one originator's, valid for one time.
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-argument` for an input that is not a claim, an estimate or a figure, a claim of another measure (a claim of one casualty part given as the casualties among them), a plan, projection or restatement, a deprecated claim (withdrawn by its source: only figures in force are divided), or a figure below zero; `mixed-originators` for two claims of different originators; `mixed-breakdown` for two claims about different subjects or scopes; `mixed-aggregations` for two claims counted differently (a count over a period against a level as of a time); `mixed-valid-times` for two claims valid for different times (and for a casualties claim that is a flow or an increment, whatever `deployed` is: the force is a level); `unit-mismatch` if the units differ; `part-exceeds-whole` if the casualties certainly outnumber those deployed; `division-by-zero-interval` if those deployed can only be zero; `invalid-option` for options that are not an object, an unknown option or a `label` that is not text.
 * @example
 * const rate = casualtyRate(approx(4700, "person"), range(13_000, 15_000, "person", { approx: true }));
 * formatEstimate(rate.estimate, { style: "percent" });
 * //=> "about 31–37%"
 * const april = nisBriefing2025Claims.find((c) => c.id === "nis-2025-04-casualties")!;
 * const week = { ...april, indicator: { ...april.indicator, aggregation: "flow" as const }, validTime: "2025-04-24/2025-04-30" };
 * casualtyRate(week, exact(10_000, "person"));
 * //=> throws FogcountError mixed-aggregations
 */
export function casualtyRate(casualties: FigureInput, deployed: FigureInput, options?: CasualtyRatioOptions): Figure {
  try {
    const where = "casualtyRate";
    const label = labelOf(where, options, "of the force");
    const c = countOf(where, "casualties", casualties, ["casualties"], "casualties");
    const d = countOf(where, "deployed", deployed, ["deployed", "present"], "deployed");
    checkLevel(where, { name: "casualties", figure: c }, "those deployed");
    checkSameBasis(where, { name: "casualties", figure: c }, { name: "deployed", figure: d });
    sameUnit(where, c.estimate.unit, d.estimate.unit);
    return derived(ratio(c.estimate, d.estimate), "ratio", [c, d], { label, note: "a part never exceeds its whole" });
  } catch (error) {
    rethrow("casualtyRate", { casualties, deployed, options }, error);
  }
}
