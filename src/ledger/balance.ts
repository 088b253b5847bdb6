import { rethrow } from "../_lib/guard.js";
import { fail, isObject, optionsOf, within } from "../_lib/assert.js";
import { hedgePolicy } from "../estimate/hedge.js";
import type { HedgePolicy } from "../estimate/hedge.js";
import { stateInterval } from "../estimate/interval.js";
import type { Interval } from "../estimate/interval.js";
import type { Estimate } from "../estimate/schema.js";
import { checkLedger } from "./check.js";
import { decimalSum, sumEnd } from "./exact.js";
import { entryFilters, keeps, kept } from "./filters.js";
import type { EntryFilters, OneOrMore } from "./filters.js";
import type { Ledger, LedgerParty } from "./schema.js";
import { summarize } from "./summary.js";
import { checkSummary } from "./summary-check.js";
import { byText, sameHedge, showHedge } from "./summary-shape.js";
import type { LedgerSummary, NoneObservedLine, SummaryGroup, ValuationLine } from "./summary-shape.js";
import { count, mergeSumLists } from "./sums.js";
import type { SummedEstimates } from "./sums.js";
import { netValues } from "./net.js";
import type { NetValue } from "./net.js";
import type { LedgerCategory, LedgerEvidence, LedgerStage } from "./vocabulary.js";

/** Options for {@link balance}: which entries count (each left out keeps everything, and takes one value or a list), and how approximate figures are read. */
export interface BalanceOptions {
  readonly category?: OneOrMore<LedgerCategory>;
  readonly stage?: OneOrMore<LedgerStage>;
  /** Evidence levels to count; none-observed entries are listed apart when this keeps them. */
  readonly evidence?: OneOrMore<LedgerEvidence>;
  /**
   * How approximate quantities and values are read before they are summed,
   * as in the estimate room (`toInterval`, `applyHedge`): `"as-stated"` (the
   * default; "about $1 billion" is $1 billion, and what it adds up to is
   * approximate), `"rounding"` ($0.5–1.5 billion) or `{ relative: r }`. A
   * summary is read under the policy it was made under.
   */
  readonly hedge?: HedgePolicy;
}

/** A total in one unit: how many entries it sums, and their sum as an estimate (an interval stated as one). */
export interface Total {
  readonly unit: string;
  readonly entries: number;
  readonly total: Estimate;
}

/** What one party sent the other in one category at one stage. */
export interface BalanceLine {
  readonly category: LedgerCategory;
  readonly stage: LedgerStage;
  /** How many entries, none-observed aside. */
  readonly entries: number;
  /** How many entries at each evidence level. */
  readonly evidence: { readonly confirmed: number; readonly reported: number; readonly alleged: number };
  /** Quantities summed per unit. */
  readonly quantities: readonly Total[];
  /** Values in money summed per ISO 4217 currency. */
  readonly money: readonly Total[];
  /** Values on an index (not money) summed per index unit. */
  readonly indices: readonly Total[];
  /** Entries without a quantity, without a value, and valued in an unnamed currency: counted, never summed as zero. */
  readonly unknown: { readonly quantity: number; readonly value: number; readonly currency: number };
}

/** One direction of a balance: its lines sorted by category and stage. */
export interface DirectionBalance {
  readonly from: string;
  readonly to: string;
  readonly entries: number;
  readonly lines: readonly BalanceLine[];
}

/** Both directions of a ledger side by side; see {@link balance}. */
export interface LedgerBalance {
  /** The parties, sorted by code; the directions follow them. */
  readonly parties: readonly [LedgerParty, LedgerParty];
  readonly directions: readonly [DirectionBalance, DirectionBalance];
  readonly net: readonly NetValue[];
  /** The hedge policy approximate figures were read under. */
  readonly hedge: HedgePolicy;
  /** Transfers the source looked for and saw no sign of: not zero, not in any total. */
  readonly noneObserved: readonly NoneObservedLine[];
  /** Values stated for more than one entry, never added to anything. */
  readonly valuations: readonly ValuationLine[];
}

function stated(s: SummedEstimates): Total {
  // past 2^53 an exact sum may fall between two numbers: the interval then runs from one to the other
  const low = sumEnd(s.low, -1);
  const high = s.unbounded > 0 ? Infinity : sumEnd(s.high, 1);
  const interval: Interval = {
    low,
    high,
    lowOpen: s.lowOpen,
    highOpen: s.unbounded > 0 || s.highOpen,
    ...(s.withoutBest === 0 && { best: decimalSum(s.best) }),
  };
  return { unit: s.unit, entries: s.entries, total: stateInterval(interval, s.unit, s.approx) };
}

type Line = Omit<SummaryGroup, "from" | "to" | "evidence"> & { readonly evidence: Record<string, number> };

function lineOf(g: SummaryGroup): Line {
  const evidence = { confirmed: 0, reported: 0, alleged: 0 };
  evidence[g.evidence] = g.entries;
  return { ...g, evidence };
}

function joined(a: Line, g: SummaryGroup): Line {
  const evidence = { ...a.evidence, [g.evidence]: count(a.evidence[g.evidence] ?? 0, g.entries) };
  const unknown = { quantity: count(a.unknown.quantity, g.unknown.quantity), value: count(a.unknown.value, g.unknown.value), currency: count(a.unknown.currency, g.unknown.currency) };
  return { ...a, entries: count(a.entries, g.entries), evidence, quantities: mergeSumLists(a.quantities, g.quantities), money: mergeSumLists(a.money, g.money), indices: mergeSumLists(a.indices, g.indices), unknown };
}

/** The lines of one direction: its groups the filters keep, joined across evidence levels. */
function linesOf(groups: readonly SummaryGroup[], filters: EntryFilters): Line[] {
  const lines = new Map<string, Line>();
  for (const g of groups) {
    if (!kept(filters, g)) continue;
    const key = `${g.category}\u0000${g.stage}`;
    const line = lines.get(key);
    lines.set(key, line === undefined ? lineOf(g) : joined(line, g));
  }
  return [...lines.entries()].sort(([a], [b]) => byText(a, b)).map(([, line]) => line);
}

function line(l: Line): BalanceLine {
  const { confirmed = 0, reported = 0, alleged = 0 } = l.evidence;
  return {
    category: l.category,
    stage: l.stage,
    entries: l.entries,
    evidence: { confirmed, reported, alleged },
    quantities: l.quantities.map(stated),
    money: l.money.map(stated),
    indices: l.indices.map(stated),
    unknown: { ...l.unknown },
  };
}

function balanceOf(where: string, summary: LedgerSummary, filters: EntryFilters): LedgerBalance {
  if (summary.parties.length !== 2) fail(where, "ledger", "has no parties: the empty summary has nothing to balance", summary);
  const [p, q] = summary.parties as readonly [LedgerParty, LedgerParty];
  const groups = [p, q].map((party) => summary.groups.filter((g) => g.from === party.code && kept(filters, g))) as [SummaryGroup[], SummaryGroup[]];
  const out = linesOf(groups[0], filters);
  const back = linesOf(groups[1], filters);
  const direction = (from: string, to: string, lines: readonly Line[]): DirectionBalance => ({ from, to, entries: lines.reduce((n, l) => n + l.entries, 0), lines: lines.map(line) });
  const noneObserved = keeps(filters.evidence, "none-observed") ? summary.noneObserved.filter((n) => keeps(filters.category, n.category) && keeps(filters.stage, n.stage)) : [];
  const seen = (from: string, stage: string): number => noneObserved.filter((n) => n.from === from && n.stage === stage).length;
  const net = netValues([p.code, q.code], out, back, groups).map((n) => ({ ...n, noneObserved: [seen(p.code, n.stage), seen(q.code, n.stage)] as const }));
  return {
    parties: [p, q],
    directions: [direction(p.code, q.code, out), direction(q.code, p.code, back)],
    net,
    hedge: summary.hedge,
    noneObserved,
    valuations: summary.valuations,
  };
}

/**
 * Both directions of a ledger side by side: per direction, category and
 * stage (stages never add up: a delivery is part of an order), the number of
 * entries and their evidence, quantities totalled per unit, values totalled
 * per ISO 4217 currency and per index (SIPRI TIV, never added to money), and
 * the entries whose quantity, value or currency is unknown, counted and never
 * summed as zero. A net value is given only for a stage and a currency (or
 * index) that both directions are valued in, as an interval, unbounded on a
 * side with entries of unknown value, with the evidence of the values it
 * rests on. None-observed entries and valuations of
 * several entries are listed apart. Approximate figures stay approximate: a
 * total of them is an approximate estimate, a net of them says `approx:
 * true`, and `options.hedge` (as `toInterval` takes it) widens each by its
 * rounding (`"rounding"`) or by a share (`{ relative: r }`) before it is
 * summed. Takes a ledger or a summary ({@link summarizeLedger},
 * {@link mergeSummaries}): the balance of a ledger is the balance of its
 * summary, and a summary is read under the hedge policy it was made under.
 * Totals are exact sums rounded once.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is neither a ledger nor a ledger summary, or one that is not valid (a summary with a field it does not have included, named with the field meant, or a sum edited: a `best` outside its interval, an open end that leaves it no number); `duplicate-entry-id` for an id used twice, or two ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `invalid-argument` for the empty summary, which has no parties; `invalid-option` for options that are not an object, an option it does not take, a category, stage or evidence level that is not one (or an empty list), a hedge policy that is not one, or one other than a summary's; `overflow` for a total (or a widened figure) past the largest finite number.
 * @example
 * const kpToRu = balance(nisBriefing2025Ledger).directions[0];
 * kpToRu.lines.find((l) => l.category === "personnel")?.quantities[0]?.total;
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 * balance(nisBriefing2025Ledger).noneObserved[0]?.item;
 * //=> "cash payments"
 * balance(nisBriefing2025Ledger, { hedge: "rounding" }).directions[0].lines.find((l) => l.category === "personnel")?.quantities[0]?.total;
 * //=> { kind: "range", low: 12500, high: 15500, unit: "person", approx: true }
 */
export function balance(ledger: Ledger | LedgerSummary, options?: BalanceOptions): LedgerBalance {
  try {
    const where = "balance";
    const isSummary = isObject(ledger) && (ledger as { kind?: unknown }).kind === "ledger-summary";
    const checked = isSummary ? checkSummary(where, "ledger", ledger) : checkLedger(where, "ledger", ledger);
    const o = optionsOf(where, options, "options", ["category", "stage", "evidence", "hedge"]);
    const filters = entryFilters(where, o);
    const policy = o.hedge === undefined ? undefined : hedgePolicy(where, "options.hedge", o.hedge);
    if (isSummary) {
      const made = (checked as LedgerSummary).hedge;
      if (policy !== undefined && !sameHedge(policy, made)) fail(where, "options.hedge", `must be the hedge policy the summary was made under (${showHedge(made)}): summarize the ledger again with the one wanted`, o.hedge, "invalid-option");
      return within(where, () => balanceOf(where, checked as LedgerSummary, filters));
    }
    return within(where, () => balanceOf(where, summarize(checked as Ledger, policy), filters));
  } catch (error) {
    rethrow("balance", { ledger, options }, error);
  }
}
