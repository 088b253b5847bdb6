// The shape of a ledger summary, and the order its lists keep. The types are
// re-exported by the ledger entry; the helpers are not exported from the package.

import type { HedgePolicy } from "../estimate/hedge.js";
import type { LedgerParty, LedgerValue } from "./schema.js";
import type { SummedEstimates } from "./sums.js";
import type { LedgerCategory, LedgerEvidence, LedgerStage } from "./vocabulary.js";

/** The totals of the entries of one direction, category, stage and evidence level (none-observed aside). */
export interface SummaryGroup {
  readonly from: string;
  readonly to: string;
  readonly category: LedgerCategory;
  readonly stage: LedgerStage;
  readonly evidence: Exclude<LedgerEvidence, "none-observed">;
  /** How many entries. */
  readonly entries: number;
  /** Their quantities, summed per unit. */
  readonly quantities: readonly SummedEstimates[];
  /** Their values in money, summed per ISO 4217 currency. */
  readonly money: readonly SummedEstimates[];
  /** Their values on an index (SIPRI TIV), summed per index unit. */
  readonly indices: readonly SummedEstimates[];
  /** Entries without a quantity, without a value, and valued in money of a currency the source does not name: counted, never summed as zero. */
  readonly unknown: { readonly quantity: number; readonly value: number; readonly currency: number };
}

/** An entry with the evidence none-observed, as summaries and balances list it: apart, never as zero. */
export interface NoneObservedLine {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly category: LedgerCategory;
  readonly item: string;
  readonly stage: LedgerStage;
  readonly period: string;
}

/** A valuation of more than one entry, as summaries and balances list it: apart, never added to anything. */
export interface ValuationLine {
  readonly id: string;
  readonly item: string;
  readonly from?: string;
  readonly to?: string;
  readonly value: LedgerValue;
  readonly period: string;
}

/**
 * What a ledger adds up to, in a form that merges: {@link mergeSummaries} is
 * associative and commutative, with {@link EMPTY_LEDGER_SUMMARY} as its
 * empty value, and sums exactly, so that summaries of shards merge to the
 * summary of the whole, in any order. Plain, frozen, JSON-serialisable data;
 * parties sorted by code (none in the empty summary), groups and lines sorted.
 */
export interface LedgerSummary {
  readonly kind: "ledger-summary";
  readonly parties: readonly LedgerParty[];
  /** How approximate figures were read before they were summed (see `HedgePolicy`): summaries merge only with summaries made under the same policy. */
  readonly hedge: HedgePolicy;
  readonly groups: readonly SummaryGroup[];
  readonly noneObserved: readonly NoneObservedLine[];
  readonly valuations: readonly ValuationLine[];
  /**
   * The id of every entry (none-observed ones included) and valuation the
   * summary counts or lists, each once, in code-unit order: summaries that
   * share one (the same shard summarised twice) are refused when merged,
   * instead of counting it twice.
   */
  readonly ids: readonly string[];
}

/** The summaries this room made: frozen and sorted, used as they are. @internal */
export const builtSummaries = /* @__PURE__ */ new WeakSet<object>();

/** Freezes and remembers a summary this room made. @internal */
export function made(summary: LedgerSummary): LedgerSummary {
  Object.freeze(summary);
  builtSummaries.add(summary);
  return summary;
}

/** Whether two checked hedge policies are the same. @internal */
export function sameHedge(a: HedgePolicy, b: HedgePolicy): boolean {
  return typeof a === "string" || typeof b === "string" ? a === b : a.relative === b.relative;
}

/** A hedge policy as a message shows it: `"rounding"`, `{ relative: 0.1 }`. @internal */
export const showHedge = (h: HedgePolicy): string => (typeof h === "string" ? `"${h}"` : `{ relative: ${h.relative} }`);

/** Code-unit order of two strings. @internal */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The key that orders groups: direction, category, stage, evidence. @internal */
export const groupKey = (g: Pick<SummaryGroup, "from" | "to" | "category" | "stage" | "evidence">): string =>
  `${g.from}\u0000${g.to}\u0000${g.category}\u0000${g.stage}\u0000${g.evidence}`;

/** The order of listed lines: by id, then by everything else. @internal */
export function byLine(a: { readonly id: string }, b: { readonly id: string }): number {
  return byText(a.id, b.id) || byText(JSON.stringify(a), JSON.stringify(b));
}

