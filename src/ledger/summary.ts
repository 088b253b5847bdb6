import { noFigureWords } from "../estimate/no-figure.js";
import { rethrow } from "../_lib/guard.js";
import { optionsOf, within } from "../_lib/assert.js";
import { LookAlikes, lookAlike, visible } from "../_lib/forms.js";
import { FogcountError } from "../errors.js";
import { hedgePolicy, widen } from "../estimate/hedge.js";
import type { HedgePolicy } from "../estimate/hedge.js";
import type { Estimate } from "../estimate/schema.js";
import { checkLedger } from "./check.js";
import type { Ledger, LedgerEntry, LedgerParty } from "./schema.js";
import { accumulate, accumulator, count, finish, mergeSumLists } from "./sums.js";
import type { Accumulator, SummedEstimates } from "./sums.js";
import { checkSummary } from "./summary-check.js";
import { byLine, byText, groupKey, made, sameHedge, showHedge } from "./summary-shape.js";
import type { LedgerSummary, NoneObservedLine, SummaryGroup, ValuationLine } from "./summary-shape.js";
import { isCurrencyCode, UNKNOWN_CURRENCY } from "./vocabulary.js";

/**
 * The summary of no entries between no parties: merged with any summary, it
 * gives that summary.
 *
 * @category Ledger
 * @example
 * mergeSummaries(EMPTY_LEDGER_SUMMARY, summarizeLedger(nisBriefing2025Ledger)).groups.length;
 * //=> 6
 */
export const EMPTY_LEDGER_SUMMARY: LedgerSummary = /* @__PURE__ */ made({
  kind: "ledger-summary",
  parties: Object.freeze([]),
  hedge: "as-stated",
  groups: Object.freeze([]),
  noneObserved: Object.freeze([]),
  valuations: Object.freeze([]),
  ids: Object.freeze([]),
});

interface GroupAcc {
  /** The group's key, as {@link groupKey} writes it: groups are listed in its order. */
  readonly key: string;
  readonly entry: LedgerEntry;
  entries: number;
  readonly quantities: Map<string, Accumulator>;
  readonly money: Map<string, Accumulator>;
  readonly indices: Map<string, Accumulator>;
  readonly unknown: { quantity: number; value: number; currency: number };
}

/**
 * The groups being made, found by direction, category, stage and evidence
 * level one field at a time: each lookup hashes a text the entries share
 * (whose hash the engine keeps), never a key built anew for every entry.
 */
type GroupIndex = Map<string, Map<string, Map<string, Map<string, Map<string, GroupAcc>>>>>;

/** The map under `key` of a level of the group index, made when missing. */
function level<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let next = map.get(key);
  if (next === undefined) map.set(key, (next = new Map()));
  return next;
}

/** The group of an entry (none-observed aside), made and added to `list` when it is the first of its group. */
function groupOf(index: GroupIndex, list: GroupAcc[], e: LedgerEntry): GroupAcc {
  const byEvidence = level(level(level(level(index, e.from), e.to), e.category), e.stage);
  let g = byEvidence.get(e.evidence);
  if (g === undefined) {
    g = { key: groupKey({ ...e, evidence: e.evidence as SummaryGroup["evidence"] }), entry: e, entries: 0, quantities: new Map(), money: new Map(), indices: new Map(), unknown: { quantity: 0, value: 0, currency: 0 } };
    byEvidence.set(e.evidence, g);
    list.push(g);
  }
  return g;
}

/** Options for {@link summarizeLedger}. */
export interface SummarizeOptions {
  /** How approximate quantities and values are read before they are summed, as in the estimate room; `"as-stated"` by default. */
  readonly hedge?: HedgePolicy;
}

/** Adds an estimate, read under the hedge policy, to the sum of its unit. */
function add(map: Map<string, Accumulator>, e: Estimate, policy: HedgePolicy): void {
  let acc = map.get(e.unit);
  if (acc === undefined) map.set(e.unit, (acc = accumulator(e.unit)));
  accumulate(acc, policy === "as-stated" ? e : widen(e, policy, "summarizeLedger"));
}

function sums(map: Map<string, Accumulator>): readonly SummedEstimates[] {
  return Object.freeze([...map.values()].sort((a, b) => byText(a.unit, b.unit)).map(finish));
}

function noneObservedLine(e: LedgerEntry): NoneObservedLine {
  return Object.freeze({ id: e.id, from: e.from, to: e.to, category: e.category, item: e.item, stage: e.stage, period: e.period });
}

/** The summary of a checked ledger, its approximate figures read under a checked hedge policy. @internal */
export function summarize(ledger: Ledger, policy: HedgePolicy = "as-stated"): LedgerSummary {
  const index: GroupIndex = new Map();
  const groups: GroupAcc[] = [];
  const noneObserved: NoneObservedLine[] = [];
  const entries = ledger.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LedgerEntry;
    if (e.evidence === "none-observed") {
      noneObserved.push(noneObservedLine(e));
      continue;
    }
    const g = groupOf(index, groups, e);
    g.entries++;
    // a 0 whose words say no figure was given ("n/a", "—") is unknown, not zero
    if (e.quantity === undefined || noFigureWords(e.quantity) !== undefined) g.unknown.quantity++;
    else add(g.quantities, e.quantity, policy);
    const value = e.value?.estimate;
    if (value === undefined || noFigureWords(value) !== undefined) g.unknown.value++;
    else if (value.unit === UNKNOWN_CURRENCY) g.unknown.currency++;
    else add(isCurrencyCode(value.unit) ? g.money : g.indices, value, policy);
  }
  const list = groups.sort((a, b) => byText(a.key, b.key));
  return made({
    kind: "ledger-summary",
    parties: Object.freeze([...ledger.parties].sort((a, b) => byText(a.code, b.code))),
    hedge: typeof policy === "string" ? policy : Object.freeze({ relative: policy.relative }),
    groups: Object.freeze(
      list.map((g) =>
        Object.freeze({
          from: g.entry.from,
          to: g.entry.to,
          category: g.entry.category,
          stage: g.entry.stage,
          evidence: g.entry.evidence as SummaryGroup["evidence"],
          entries: g.entries,
          quantities: sums(g.quantities),
          money: sums(g.money),
          indices: sums(g.indices),
          unknown: Object.freeze({ ...g.unknown }),
        }),
      ),
    ),
    noneObserved: Object.freeze(noneObserved.sort(byLine)),
    valuations: Object.freeze(
      ledger.valuations
        .map((v) => Object.freeze({ id: v.id, item: v.item, ...(v.from !== undefined && { from: v.from, to: v.to }), value: v.value, period: v.period }) as ValuationLine)
        .sort(byLine),
    ),
    // Texts sort in code-unit order without a comparator, and faster: no call into a function for each of the million comparisons.
    ids: Object.freeze([...entries.map((e) => e.id), ...ledger.valuations.map((v) => v.id)].sort()),
  });
}

/**
 * What a ledger adds up to, as a summary that merges: per direction,
 * category, stage and evidence level, the number of entries, quantities
 * summed per unit, values summed per currency and per index, and the entries
 * whose quantity, value or currency is unknown, counted (never summed as
 * zero); none-observed entries and valuations listed apart. One pass; sums
 * are exact, so a summary does not depend on the order of the entries.
 * `options.hedge` reads approximate figures as the estimate room does
 * (`"rounding"`: "about $1 billion" is $0.5–1.5 billion) before they are
 * summed; the summary keeps the policy. Read it with {@link balance}; merge
 * summaries of shards with {@link mergeSummaries}.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger (an entry that is not one, named by its place); `duplicate-entry-id` for an id used twice, or two ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `invalid-option` for options that are not an object, an option it does not take, or a hedge policy that is not one; `overflow` for a sum (or a widened figure) past the largest finite number.
 * @example
 * const summary = summarizeLedger(nisBriefing2025Ledger);
 * summary.groups.find((g) => g.category === "personnel")?.quantities[0]?.low;
 * //=> [13000]
 * summary.noneObserved.map((line) => line.item);
 * //=> ["cash payments"]
 */
export function summarizeLedger(ledger: Ledger, options?: SummarizeOptions): LedgerSummary {
  try {
    const where = "summarizeLedger";
    const checked = checkLedger(where, "ledger", ledger);
    const policy = hedgePolicy(where, "options.hedge", optionsOf(where, options, "options", ["hedge"]).hedge ?? "as-stated");
    return within(where, () => summarize(checked, policy));
  } catch (error) {
    rethrow("summarizeLedger", { ledger, options }, error);
  }
}

function mergeGroups(a: SummaryGroup, b: SummaryGroup): SummaryGroup {
  return Object.freeze({
    ...a,
    entries: count(a.entries, b.entries),
    quantities: mergeSumLists(a.quantities, b.quantities),
    money: mergeSumLists(a.money, b.money),
    indices: mergeSumLists(a.indices, b.indices),
    unknown: Object.freeze({
      quantity: count(a.unknown.quantity, b.unknown.quantity),
      value: count(a.unknown.value, b.unknown.value),
      currency: count(a.unknown.currency, b.unknown.currency),
    }),
  });
}

/**
 * The ids of two summaries as one sorted list; `duplicate-entry-id` for an id both count, or an
 * id of `b` that looks like one of `a` (see `looks`): one entry under both would count twice.
 */
function mergeIds(where: string, a: readonly string[], b: readonly string[]): readonly string[] {
  const merged = mergeSorted(a, b, byText, (id) => {
    throw new FogcountError("duplicate-entry-id", `${where}: a and b both count "${id}": a shard summarised twice, or shards that share an entry, would count it twice`, { id });
  });
  const alike = new LookAlikes<"a" | "b">();
  const inA = (id: string): "a" | undefined => (sortedHas(a, id) ? "a" : undefined);
  for (const id of a) alike.met(id, "a", inA);
  for (const id of b) {
    const other = alike.met(id, "b", inA);
    if (other?.at === "a") {
      const why = `${lookAlike(id, other.text)}: ids are compared as written, so an entry summarised under both would count twice`;
      throw new FogcountError("duplicate-entry-id", `${where}: b counts ${visible(id)} and a counts ${visible(other.text)}, ${why}`, { id, other: other.text });
    }
  }
  return merged;
}

/** Whether the sorted list `ids` holds `id` (a binary search). */
function sortedHas(ids: readonly string[], id: string): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const c = byText(ids[mid] as string, id);
    if (c === 0) return true;
    if (c < 0) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** Two sorted lists merged into one sorted list, with `same` for two items of one key. @internal */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number, same?: (x: T, y: T) => T): readonly T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const c = i >= a.length ? 1 : j >= b.length ? -1 : order(a[i] as T, b[j] as T);
    if (c < 0) out.push(a[i++] as T);
    else if (c > 0 || same === undefined) out.push(b[j++] as T);
    else out.push(same(a[i++] as T, b[j++] as T));
  }
  return Object.freeze(out);
}

function sameParties(a: readonly LedgerParty[], b: readonly LedgerParty[]): boolean {
  return a.length === b.length && a.every((p, i) => p.code === b[i]?.code && p.name === b[i]?.name);
}

/**
 * Two summaries as one: the summary of both ledgers' entries together.
 * Associative and commutative, with {@link EMPTY_LEDGER_SUMMARY} as its
 * empty value, and exact: summaries of shards made anywhere (a worker pool, a
 * stream, a map-reduce job) and merged in any order give the summary of the
 * whole. Summaries carry the ids of what they count: shards that share an
 * entry or a valuation (the same shard summarised twice) are refused, never
 * counted twice (merge ledgers with {@link mergeLedgers} to settle
 * duplicates). Summaries made under different hedge policies do not merge. A
 * summary read back from JSON is checked first.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger summary, one with a field a summary, group, sum or line does not have (`a.grups`, named with the field meant), or one whose sums, counts or order were edited (a sum not written as `summarizeLedger` writes it, a `best` outside its sum's interval, an open end that leaves a sum no number or that no estimate summed opens); `party-mismatch` for summaries between different parties (or one party named differently); `hedge-mismatch` for summaries made under different hedge policies; `duplicate-entry-id` for summaries that both count an entry or valuation id, or ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `overflow` for a sum past the largest finite number.
 * @example
 * const half = (k) => ledger({ ...nisBriefing2025Ledger, entries: nisBriefing2025Ledger.entries.filter((_, i) => i % 2 === k), valuations: k === 0 ? nisBriefing2025Ledger.valuations : [] });
 * JSON.stringify(mergeSummaries(summarizeLedger(half(0)), summarizeLedger(half(1)))) === JSON.stringify(summarizeLedger(nisBriefing2025Ledger));
 * //=> true
 */
export function mergeSummaries(a: LedgerSummary, b: LedgerSummary): LedgerSummary {
  try {
    const where = "mergeSummaries";
    const x = checkSummary(where, "a", a);
    const y = checkSummary(where, "b", b);
    if (x.parties.length === 0) return y;
    if (y.parties.length === 0) return x;
    if (!sameParties(x.parties, y.parties)) {
      throw new FogcountError("party-mismatch", `${where}: a is between ${x.parties.map((p) => `${p.code} (${p.name})`).join(" and ")}, b between ${y.parties.map((p) => `${p.code} (${p.name})`).join(" and ")}`, { a: x.parties, b: y.parties });
    }
    if (!sameHedge(x.hedge, y.hedge)) {
      throw new FogcountError("hedge-mismatch", `${where}: a was made under the hedge policy ${showHedge(x.hedge)}, b under ${showHedge(y.hedge)}: their sums read approximate figures differently`, { a: x.hedge, b: y.hedge });
    }
    const ids = mergeIds(where, x.ids, y.ids);
    return within(where, () =>
      made({
        kind: "ledger-summary",
        parties: x.parties,
        hedge: x.hedge,
        groups: mergeSorted(x.groups, y.groups, (g, h) => byText(groupKey(g), groupKey(h)), mergeGroups),
        noneObserved: mergeSorted(x.noneObserved, y.noneObserved, byLine),
        valuations: mergeSorted(x.valuations, y.valuations, byLine),
        ids,
      }),
    );
  } catch (error) {
    rethrow("mergeSummaries", { a, b }, error);
  }
}
