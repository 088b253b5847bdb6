// The rule on figures their claims do not allow: a wave of 50,000 resting on
// a claim of "about 5,000 troops", a ledger entry's quantity or value beside
// the claims it rests on. A casualty breakdown's figure is its claim's already
// (a dataset whose breakdown states another is refused when read). Not
// exported from the package.

import { looks } from "../../_lib/forms.js";
import { listOf } from "../../casualty/findings.js";
import type { Claim } from "../../claim/schema.js";
import { isFogcountError } from "../../errors.js";
import { overlaps } from "../../estimate/compare.js";
import { formatEstimate } from "../../estimate/format.js";
import { applyHedge } from "../../estimate/hedge.js";
import type { Estimate } from "../../estimate/schema.js";
import type { DatasetLedgerEntry, DatasetLedgerValuation } from "../parts.js";
import type { JsonPath } from "../sections.js";
import type { RawFinding, RuleContext } from "./context.js";
import type { Rule } from "./rule.js";
import { sending } from "./waves.js";

const stated = (e: Estimate): string => formatEstimate(e, { unit: true });

/** An estimate as wide as its rounding says ("about 5,000" is 4,500–5,500); as stated when that is too wide to hold. */
function rounded(e: Estimate): Estimate {
  try {
    return applyHedge(e, "rounding");
  } catch (error) {
    if (isFogcountError(error, "overflow")) return e;
    throw error;
  }
}

/**
 * A unit as a reader tells it apart: without invisible characters, in normal form KC, in lower
 * case and in the singular, so that "per\u200bson", "ｐｅｒｓｏｎ", "persons" and "Shell" are
 * compared with "person" and "shell" as the same unit written another way. @internal
 */
export function unitKey(unit: string): string {
  const k = looks(unit).toLowerCase();
  return k.length > 3 && k.endsWith("s") && !k.endsWith("ss") ? k.slice(0, -1) : k;
}

/** Whether two figures in one unit allow a common value, each read as wide as its rounding. @internal */
export const allowsFigure = (a: Estimate, b: Estimate): boolean => overlaps(rounded(a), rounded(b));

/**
 * The finding of a figure (at `path`, of the item `id`, which `lead` states) that
 * none of its claims in its unit allows; none when no claim is in its unit (a figure
 * in another unit is not compared) or one of them allows it.
 */
function offClaims(path: JsonPath, id: string, lead: string, figure: Estimate, claims: readonly Claim[]): RawFinding | undefined {
  const unit = unitKey(figure.unit);
  const same = claims.filter((c) => unitKey(c.estimate.unit) === unit);
  // the figure read in its claim's spelling of the unit
  if (same.length === 0 || same.some((c) => allowsFigure({ ...figure, unit: c.estimate.unit } as Estimate, c.estimate))) return undefined;
  const [one] = same;
  const on =
    same.length === 1 && one !== undefined
      ? `rests on ${one.id}, which states ${stated(one.estimate)}: the two allow no common figure`
      : `rests on ${listOf(same.map((c) => `${c.id} (${stated(c.estimate)})`))}, none of which allows it`;
  return {
    path,
    message: `${lead}, but ${on} (an approximate figure read as wide as its rounding), so a total that counts ${id} counts a figure ${same.length === 1 ? "its claim does" : "its claims do"} not state (give ${id} the figure of the claim it was read from, or rest it on that claim)`,
  };
}

/** The claims an item names, by id, but those of a measure that cannot state its figure (see {@link measureMismatches}). */
const claimsOf = (ids: readonly string[] | undefined, context: RuleContext, fits: (c: Claim) => boolean): Claim[] => (ids ?? []).flatMap((id) => context.named.claims.get(id) ?? []).filter(fits);

/** The measures of losses: a count of the dead, the wounded, the missing or the captured sends nobody anywhere. */
const LOSSES: ReadonlySet<string> = new Set(["killed", "wounded", "missing", "captured", "casualties"]);

/** The measures of the vocabulary a wave may rest on: people sent, or present, or sent to work; a namespaced measure is the dataset's own. */
const WAVE_MEASURES: ReadonlySet<string> = new Set(["deployed", "present", "laborers"]);

/** Whether a claim's measure can state a wave's size. @internal */
export const fitsWave = (c: Claim): boolean => WAVE_MEASURES.has(c.indicator.measure) || c.indicator.measure.includes(":");

/** Whether a claim's measure can state a ledger item's quantity or value: any but a count of losses. @internal */
export const fitsItem = (c: Claim): boolean => !LOSSES.has(c.indicator.measure);

/** The finding of a reference (at `path`, of `name`, which `what` describes) to a claim whose measure cannot state it; none for one that can. */
function offMeasure(path: JsonPath, name: string, what: string, id: string, context: RuleContext, fits: (c: Claim) => boolean, can: string): RawFinding | undefined {
  const c = context.named.claims.get(id);
  if (c === undefined || fits(c)) return undefined;
  return {
    path,
    message: `${name} ${what}, but rests on ${c.id}, a claim of ${c.indicator.subject} ${c.indicator.measure}: a count of ${c.indicator.measure} is not ${can}, so a total that counted it would count what its claim does not state (rest it on a claim of what was sent, or leave the claim out)`,
  };
}

/**
 * The waves, ledger entries and valuations that rest on a claim of a measure that cannot state
 * their figure: a wave on a claim other than of `deployed`, `present`, `laborers` (or a
 * namespaced measure), an entry or valuation on a claim of losses (`killed`, `wounded`,
 * `missing`, `captured`, `casualties`): the dead counted as sent. An entry not observed
 * (`none-observed`) is in no total, and is passed over. At the reference to the claim
 * (`claim-figure-mismatch`). @internal
 */
export function measureMismatches(context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.deployments.forEach((w, i) => {
    const f = w.claim === undefined ? undefined : offMeasure(["deployments", i, "claim"], w.id, `sends ${sending(w)}`, w.claim, context, fitsWave, "a wave sent (deployed, present or laborers)");
    if (f !== undefined) out.push(f);
  });
  context.dataset.ledgers.forEach((l, n) => {
    for (const list of ["entries", "valuations"] as const)
      l[list].forEach((e, i) =>
        // an entry not observed is in no total
        ("evidence" in e && e.evidence === "none-observed" ? [] : (e.claims ?? [])).forEach((id, k) => {
          const f = offMeasure(["ledgers", n, list, i, "claims", k], `${e.id} (${e.item})`, e.from === undefined || e.to === undefined ? "is valued" : `goes from ${e.from} to ${e.to}`, id, context, fitsItem, "what one party sent the other");
          if (f !== undefined) out.push(f);
        })
      );
  });
  return out;
}

/** The findings of one ledger entry or valuation: its quantity, and its value. */
function itemFindings(e: DatasetLedgerEntry | DatasetLedgerValuation, at: JsonPath, context: RuleContext): RawFinding[] {
  const claims = claimsOf(e.claims, context, fitsItem);
  if (claims.length === 0) return [];
  const quantity = "quantity" in e ? e.quantity : undefined;
  const found = [
    quantity === undefined ? undefined : offClaims([...at, "quantity"], e.id, `${e.id} (${e.item}) has the quantity ${stated(quantity)}`, quantity, claims),
    e.value === undefined ? undefined : offClaims([...at, "value", "estimate"], e.id, `${e.id} (${e.item}) is valued at ${stated(e.value.estimate)}`, e.value.estimate, claims),
  ];
  return found.filter((f) => f !== undefined);
}

/**
 * `claim-figure-mismatch`: a deployment wave's size that the claim it rests
 * on does not allow, or a ledger entry's quantity or value (or a valuation's
 * value) that none of the claims it rests on in that unit allows, each figure
 * read as wide as its rounding ("about 5,000" allows 4,500–5,500). A figure
 * in another unit than its claims' is not compared. At the size, quantity or
 * value, naming the claims and their figures. Likewise a wave, entry or
 * valuation that rests on a claim of a measure that cannot state its figure
 * (the killed counted as sent; see `measureMismatches`), at the reference.
 */
export const claimFigureMismatch: Rule = {
  code: "claim-figure-mismatch",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    context.dataset.deployments.forEach((w, i) => {
      const f = offClaims(["deployments", i, "size"], w.id, `${w.id} sends ${sending(w)}`, w.size, claimsOf(w.claim === undefined ? [] : [w.claim], context, fitsWave));
      if (f !== undefined) out.push(f);
    });
    context.dataset.ledgers.forEach((l, n) => {
      for (const list of ["entries", "valuations"] as const) l[list].forEach((e, i) => out.push(...itemFindings(e, ["ledgers", n, list, i], context)));
    });
    return [...out, ...measureMismatches(context)];
  },
};
