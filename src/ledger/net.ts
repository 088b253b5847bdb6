// The net value of a balance: what one party sent less what it received, at
// one stage, in one currency or index both directions are valued in. The
// types are re-exported by the ledger entry; the function is not exported
// from the package.

import type { Interval } from "../estimate/interval.js";
import { decimalOf, decimalSum, grow, roundSum } from "./exact.js";
import { byText } from "./summary-shape.js";
import type { SummaryGroup } from "./summary-shape.js";
import { mergeSumLists } from "./sums.js";
import type { SummedEstimates } from "./sums.js";
import { isCurrencyCode } from "./vocabulary.js";
import type { LedgerStage } from "./vocabulary.js";

/**
 * A net: every difference the values allow, and `approx: true` where a value
 * on either side is hedged (approximate, a hedged range, an order of
 * magnitude), so that a net of "about" figures never reads as an exact one.
 */
export interface NetInterval extends Interval {
  readonly approx?: true;
}

/** How many values rest on each evidence level. */
export interface EvidenceCounts {
  readonly confirmed: number;
  readonly reported: number;
  readonly alleged: number;
}

/**
 * The value `from` sent less the value it received, at one stage, in one
 * currency or index that both directions are valued in: every difference the
 * values allow, read under the balance's hedge policy. An end is unbounded
 * where a side has entries not valued in this unit (`unvalued`, from `from`
 * and to it): their value is unknown, not zero.
 */
export interface NetValue {
  readonly stage: LedgerStage;
  readonly unit: string;
  readonly basis: "money" | "index";
  readonly from: string;
  readonly to: string;
  readonly net: NetInterval;
  /** Entries of that stage not valued in this unit: sent by `from`, and received by it. */
  readonly unvalued: readonly [number, number];
  /**
   * Transfers of that stage the source looked for and saw no sign of (evidence `none-observed`):
   * sent by `from`, and received by it. The net leaves them out, as every total does; where one
   * took place after all, its value is unknown, so a net beside a count above zero is the net of
   * what was observed, not of what passed.
   */
  readonly noneObserved: readonly [number, number];
  /** The evidence of the values the net rests on, sent by `from` and received by it: a net that rests on alleged values says so. */
  readonly evidence: readonly [EvidenceCounts, EvidenceCounts];
}

/** What a net reads of one direction's line: its stage, its entries and their values. @internal */
export interface StageLine {
  readonly stage: LedgerStage;
  readonly entries: number;
  readonly money: readonly SummedEstimates[];
  readonly indices: readonly SummedEstimates[];
}

/** Per stage, the values of one direction merged per unit, and its entries. */
function valuesByStage(lines: readonly StageLine[]): Map<string, { entries: number; values: readonly SummedEstimates[] }> {
  const out = new Map<string, { entries: number; values: readonly SummedEstimates[] }>();
  for (const line of lines) {
    const before = out.get(line.stage) ?? { entries: 0, values: [] };
    out.set(line.stage, { entries: before.entries + line.entries, values: mergeSumLists(before.values, mergeSumLists(line.money, line.indices)) });
  }
  return out;
}

/** `a − b` of two exact sums of terms from 0 up, rounded once and read as the decimal it stands for (see decimalOf). */
function difference(a: readonly number[], b: readonly number[]): number {
  const p: number[] = [];
  for (const x of a) grow(p, x);
  for (const x of b) grow(p, -x);
  return decimalOf(roundSum(p), decimalSum(a) + decimalSum(b));
}

/** The evidence of the values in `unit` that the groups (of one direction, kept by the filters) hold at `stage`. */
function evidenceOf(groups: readonly SummaryGroup[], stage: string, unit: string): EvidenceCounts {
  const counts = { confirmed: 0, reported: 0, alleged: 0 };
  for (const g of groups) {
    if (g.stage !== stage) continue;
    // A unit is either a currency or an index: it is in one of the two lists.
    for (const s of [...g.money, ...g.indices]) if (s.unit === unit) counts[g.evidence] += s.entries;
  }
  return counts;
}

/** The nets of a balance: its first party's lines (`out`) against the second's (`back`), with the groups each was joined from. @internal */
export function netValues(parties: readonly [string, string], out: readonly StageLine[], back: readonly StageLine[], groups: readonly [readonly SummaryGroup[], readonly SummaryGroup[]]): NetValue[] {
  const [mine, theirs] = [valuesByStage(out), valuesByStage(back)];
  const nets: NetValue[] = [];
  for (const [stage, sent] of mine) {
    const received = theirs.get(stage);
    for (const a of sent.values) {
      const b = received?.values.find((v) => v.unit === a.unit);
      if (received === undefined || b === undefined) continue;
      const unvalued = [sent.entries - a.entries, received.entries - b.entries] as const;
      // Entries valued otherwise are worth something unknown, from 0 up: the net is unbounded on their side.
      const up = a.unbounded > 0 || unvalued[0] > 0;
      const down = b.unbounded > 0 || unvalued[1] > 0;
      const net: NetInterval = {
        low: down ? -Infinity : difference(a.low, b.high),
        high: up ? Infinity : difference(a.high, b.low),
        lowOpen: down || a.lowOpen || b.highOpen,
        highOpen: up || a.highOpen || b.lowOpen,
        ...(!up && !down && a.withoutBest === 0 && b.withoutBest === 0 && { best: difference(a.best, b.best) }),
        ...((a.approx || b.approx) && { approx: true }),
      };
      const basis = isCurrencyCode(a.unit) ? "money" : "index";
      const evidence = [evidenceOf(groups[0], stage, a.unit), evidenceOf(groups[1], stage, a.unit)] as const;
      nets.push({ stage: stage as LedgerStage, unit: a.unit, basis, from: parties[0], to: parties[1], net, unvalued, noneObserved: [0, 0], evidence });
    }
  }
  return nets.sort((x, y) => byText(x.stage, y.stage) || byText(x.unit, y.unit));
}
