// The filters flows() and balance() take. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { isLedgerCategory, LEDGER_EVIDENCE, LEDGER_STAGES } from "./vocabulary.js";
import type { LedgerCategory, LedgerEvidence, LedgerStage } from "./vocabulary.js";

/** A value, or a list of values any of which is wanted. */
export type OneOrMore<T> = T | readonly T[];

/** What a filter keeps: a set of values, or everything (undefined). @internal */
export type Keep = ReadonlySet<string> | undefined;

/** A filter option: left out (everything), one value, or a non-empty list, each passing `ok`. @internal */
export function filterOf(where: string, name: string, value: unknown, ok: (v: unknown) => boolean, what: string): Keep {
  if (value === undefined) return undefined;
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) fail(where, `options.${name}`, "must list one value or more (leave it out for all)", value, "invalid-option");
  // An index loop: a hole in a sparse array is a value that is not one.
  for (let i = 0; i < list.length; i++) {
    if (!ok(list[i])) fail(where, `options.${name}${Array.isArray(value) ? `[${i}]` : ""}`, `must be ${what}`, list[i], "invalid-option");
  }
  return new Set(list as string[]);
}

/** The filters both functions take. @internal */
export interface EntryFilters {
  readonly category: Keep;
  readonly stage: Keep;
  readonly evidence: Keep;
}

/** Reads `category`, `stage` and `evidence` from checked options. @internal */
export function entryFilters(where: string, options: { readonly category?: unknown; readonly stage?: unknown; readonly evidence?: unknown }): EntryFilters {
  const among = (list: readonly string[]) => (v: unknown) => list.includes(v as string);
  return {
    category: filterOf(where, "category", options.category, isLedgerCategory, "one of LEDGER_CATEGORIES or namespace:name"),
    stage: filterOf(where, "stage", options.stage, among(LEDGER_STAGES), `one of ${LEDGER_STAGES.join(", ")}`),
    evidence: filterOf(where, "evidence", options.evidence, among(LEDGER_EVIDENCE), `one of ${LEDGER_EVIDENCE.join(", ")}`),
  };
}

/** Whether a filter keeps a value. @internal */
export const keeps = (keep: Keep, value: string): boolean => keep === undefined || keep.has(value);

/** Whether the filters keep an entry or a line of a summary. @internal */
export function kept(f: EntryFilters, item: { readonly category: LedgerCategory; readonly stage: LedgerStage; readonly evidence: LedgerEvidence }): boolean {
  return keeps(f.category, item.category) && keeps(f.stage, item.stage) && keeps(f.evidence, item.evidence);
}
