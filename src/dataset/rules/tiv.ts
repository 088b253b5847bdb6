// The rule on SIPRI trend-indicator values (TIV) written as money: a volume
// index that a ledger would sum with dollars. What the ledger's schema
// refuses (an index in a currency unit, money in a unit that is no currency)
// never reaches a rule; this is what passes it. Not exported from the package.

import type { Claim } from "../../claim/schema.js";
import { listOf } from "../../casualty/findings.js";
import { formatEstimate } from "../../estimate/format.js";
import type { Interval } from "../../estimate/interval.js";
import { stateInterval } from "../../estimate/interval.js";
import { readInterval } from "../../estimate/read.js";
import type { Estimate } from "../../estimate/schema.js";
import { isCurrencyCode } from "../../ledger/vocabulary.js";
import type { DatasetLedger, DatasetLedgerEntry } from "../parts.js";
import type { DatasetLedgerValuation } from "../parts.js";
import type { JsonPath } from "../sections.js";
import type { RawFinding, RuleContext } from "./context.js";
import type { Rule } from "./rule.js";

/** Words that name a trend-indicator value. */
const TIV = /\bTIVs?\b|\btrend[- ]indicator[- ]values?\b/i;
/** Words that name money, for a claim's text that speaks of both. */
const MONEY = /[$€£¥₩₽]|\b(?:dollars?|euros?|pounds? sterling|yen|yuan|renminbi|roubles?|rubles?|rupees?)\b/i;

const tivIn = (text: string | undefined): string | undefined => (text === undefined ? undefined : TIV.exec(text)?.[0]);

const NOT_MONEY = "a SIPRI trend-indicator value is a volume index, not money, and is never summed with money";
const FIX = `${NOT_MONEY} (give the value the basis "index" and a unit of its own, such as "SIPRI-TIV-million")`;

/** How much one of a unit is: a million for "SIPRI-TIV-million". */
function scaleOf(unit: string): number {
  return /billion/i.test(unit) ? 1e9 : /million/i.test(unit) ? 1e6 : 1;
}

const near = (x: number, y: number): boolean => x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));

/** Whether `money` holds the figures of `index` (in `unit`), as they are or in the units they count. */
function sameFigures(money: Interval, index: Interval, unit: string): boolean {
  return [1, scaleOf(unit)].some((k) => near(money.low, index.low * k) && near(money.high, index.high * k));
}

/** Whether a claim is a trend-indicator value: its unit, measure or stated figure names one. */
const isTivClaim = (c: Claim): boolean => [c.indicator.unit, c.indicator.measure, c.estimate.text].some((t) => tivIn(t) !== undefined);

type Item = DatasetLedgerEntry | DatasetLedgerValuation;

/** Why a ledger value recorded as money is a TIV, and where; undefined for money that is money. */
function moneyAsTiv(item: Item, at: JsonPath, context: RuleContext): RawFinding | undefined {
  const v = item.value;
  if (v === undefined || v.basis === "index") return undefined;
  const e = v.estimate;
  const stated = `${item.id} values ${item.item} at ${formatEstimate(e, {
    unit: true,
  })} as money (basis "${v.basis}")`;
  const here = (path: JsonPath, why: string): RawFinding => ({
    path: [...at, "value", ...path],
    message: `${stated}${why}: ${FIX}`,
  });
  // a unit that names TIV is no ISO 4217 code: the ledger schema refuses it as money
  if (tivIn(v.reference) !== undefined) return here(["reference"], ` with the reference ${JSON.stringify(v.reference)}`);
  if (tivIn(e.text) !== undefined) return here(["estimate", "text"], `, stated as ${JSON.stringify(e.text)}`);
  const claim = tivClaimBehind(item, e, context);
  return claim === undefined
    ? undefined
    : here(["estimate"], `, the figure of ${claim.id}, a trend-indicator value (${formatEstimate(claim.estimate, { unit: true })})`);
}

/**
 * The TIV claim among those an item rests on whose figure its money value
 * is; none when a claim in the value's own unit states that figure too
 * (then the money is stated, and the TIV rests beside it).
 */
function tivClaimBehind(item: Item, e: Estimate, context: RuleContext): Claim | undefined {
  const money = readInterval(e);
  const claims = (item.claims ?? []).map((id) => context.named.claims.get(id) as Claim);
  const stated = claims.some((c) => c.estimate.unit === e.unit && sameFigures(money, readInterval(c.estimate), ""));
  return stated ? undefined : claims.find((c) => isTivClaim(c) && sameFigures(money, readInterval(c.estimate), c.estimate.unit));
}

/** The sum of index values in one unit, or undefined for none, several units or a sum past the largest number. */
function indexSum(values: readonly Estimate[]): Interval | undefined {
  const unit = values[0]?.unit;
  if (unit === undefined || values.some((e) => e.unit !== unit)) return undefined;
  let [low, high] = [0, 0];
  for (const e of values) {
    const r = readInterval(e);
    [low, high] = [low + r.low, high + r.high];
  }
  const unbounded = values.some((e) => e.kind === "atLeast");
  return Number.isFinite(low) && (unbounded || Number.isFinite(high)) ? { low, high, lowOpen: false, highOpen: unbounded } : undefined;
}

/** A valuation in money that is the sum of the index values of the entries it covers, those entries valued only on the index. */
function summedIndex(l: DatasetLedger, v: DatasetLedgerValuation, at: JsonPath): RawFinding | undefined {
  if (v.value.basis === "index") return undefined;
  const covered = l.entries.filter((e) => e.evidence !== "none-observed" && (v.from === undefined || (e.from === v.from && e.to === v.to)));
  const valued = covered.filter((e) => e.value !== undefined);
  if (valued.length === 0 || valued.some((e) => e.value?.basis !== "index")) return undefined;
  const values = valued.map((e) => e.value?.estimate as Estimate);
  const sum = indexSum(values);
  const unit = values[0]?.unit as string;
  if (sum === undefined || !sameFigures(readInterval(v.value.estimate), sum, unit)) return undefined;
  const ids = listOf(valued.map((e) => e.id));
  const total = formatEstimate(stateInterval(sum, unit, false), { unit: true });
  return {
    path: [...at, "value", "estimate"],
    message: `${v.id} values ${v.item} at ${formatEstimate(v.value.estimate, {
      unit: true,
    })} as money (basis "${v.value.basis}"), the sum of the index values of ${ids} (${total}): ${FIX}`,
  };
}

/** What a claim in a currency says that makes its figure a TIV, or undefined. */
function tivWords(c: Claim): string | undefined {
  const unit = c.indicator.unit;
  if (!isCurrencyCode(unit) || tivIn(unit) !== undefined) return undefined;
  const stated = tivIn(c.estimate.text);
  if (stated !== undefined) return `its figure is stated as ${JSON.stringify(c.estimate.text)}`;
  if (tivIn(c.indicator.measure) !== undefined) return `its measure is ${JSON.stringify(c.indicator.measure)}`;
  const said = tivIn(c.text);
  const money = [c.text, c.estimate.text].some((t) => t !== undefined && (MONEY.test(t) || new RegExp(`\\b${unit}\\b`).test(t)));
  return said === undefined || money ? undefined : `its text speaks of ${JSON.stringify(said)} and of no money`;
}

/**
 * `tiv-summed-with-money`: a SIPRI trend-indicator value recorded as money.
 * A ledger value with a money basis whose reference or stated figure names
 * TIV, or that is the
 * figure of a TIV claim it rests on; a valuation in money that is the sum of
 * the index values of the entries it covers, valued on the index only; a
 * claim in a currency whose stated figure, measure or text (naming no money)
 * says TIV. A plain value in dollars is money.
 */
export const tivSummedWithMoney: Rule = {
  code: "tiv-summed-with-money",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    context.claims.forEach((c, i) => {
      const why = tivWords(c);
      if (why !== undefined)
        out.push({
          path: ["claims", i, "indicator", "unit"],
          message: `${c.id} counts ${c.indicator.subject} ${c.indicator.measure} in ${c.indicator.unit}, a currency, but ${why}: ${NOT_MONEY} (give the claim a unit of its own, such as "SIPRI-TIV-million")`,
        });
    });
    context.dataset.ledgers.forEach((l, n) => {
      l.entries.forEach((e, i) => {
        const f = moneyAsTiv(e, ["ledgers", n, "entries", i], context);
        if (f !== undefined) out.push(f);
      });
      l.valuations.forEach((v, i) => {
        const at = ["ledgers", n, "valuations", i];
        const f = moneyAsTiv(v, at, context) ?? summedIndex(l, v, at);
        if (f !== undefined) out.push(f);
      });
    });
    return out;
  },
};
