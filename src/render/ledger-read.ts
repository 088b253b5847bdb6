// Reading what ledgerChart draws: a ledger or a summary balanced by the ledger
// room, or a balance checked field by field (the fields the chart reads), and
// its lines set side by side per category and stage. Not exported from the package.

import { fail, isObject, isText, within } from "../_lib/assert.js";
import { checkEstimate } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { balance } from "../ledger/balance.js";
import type { BalanceLine, LedgerBalance, Total } from "../ledger/balance.js";
import { checkLedger, checkParty, checkValue, placeFor } from "../ledger/check.js";
import type { Ledger, LedgerParty } from "../ledger/schema.js";
import { summarize } from "../ledger/summary.js";
import { checkSummary } from "../ledger/summary-check.js";
import type { LedgerSummary, NoneObservedLine, ValuationLine } from "../ledger/summary-shape.js";
import { isCurrencyCode, isLedgerCategory, LEDGER_STAGES } from "../ledger/vocabulary.js";

type Loose = Readonly<Record<string, unknown>>;
const CODE = "invalid-balance";

function bad(where: string, path: string, why: string, value: unknown): never {
  fail(where, path, why, value, CODE);
}

function object(where: string, path: string, value: unknown): Loose {
  if (!isObject(value) || Array.isArray(value)) bad(where, path, "must be an object", value);
  return value;
}

/** The items of a list, holes read as undefined (and refused by the item's check). */
function items(where: string, path: string, value: unknown, length?: number): unknown[] {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length)) bad(where, path, length === undefined ? "must be a list" : `must be a list of ${length}`, value);
  return Array.from(value as unknown[]);
}

function whole(where: string, path: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) bad(where, path, "must be a whole number of entries, not below zero", value);
  return value;
}

function checkTotal(where: string, path: string, value: unknown, kind: "quantities" | "money" | "indices"): void {
  const t = object(where, path, value);
  const unit = t["unit"];
  if (!isText(unit)) bad(where, `${path}.unit`, "must be non-empty text", unit);
  if (kind === "money" && !isCurrencyCode(unit)) bad(where, `${path}.unit`, "must be an ISO 4217 currency code: money is summed per currency", unit);
  if (kind === "indices" && (isCurrencyCode(unit) || unit === "unknown")) bad(where, `${path}.unit`, "must not be a currency: an index is not money", unit);
  whole(where, `${path}.entries`, t["entries"]);
  const interval = checkEstimate(t["total"] as Estimate, where, `${path}.total`, CODE);
  if (interval.low < 0 || (t["total"] as Loose)["unit"] !== unit) bad(where, `${path}.total`, "must be an estimate in the total's unit that does not go below zero", t["total"]);
}

function checkLine(where: string, path: string, value: unknown): void {
  const l = object(where, path, value);
  if (!isLedgerCategory(l["category"])) bad(where, `${path}.category`, "must be a ledger category", l["category"]);
  if (!(LEDGER_STAGES as readonly unknown[]).includes(l["stage"])) bad(where, `${path}.stage`, `must be one of ${LEDGER_STAGES.join(", ")}`, l["stage"]);
  whole(where, `${path}.entries`, l["entries"]);
  const evidence = object(where, `${path}.evidence`, l["evidence"]);
  for (const name of ["confirmed", "reported", "alleged"]) whole(where, `${path}.evidence.${name}`, evidence[name]);
  for (const kind of ["quantities", "money", "indices"] as const) items(where, `${path}.${kind}`, l[kind]).forEach((t, i) => checkTotal(where, `${path}.${kind}[${i}]`, t, kind));
  const unknown = object(where, `${path}.unknown`, l["unknown"]);
  for (const name of ["quantity", "value", "currency"]) whole(where, `${path}.unknown.${name}`, unknown[name]);
}

/** Checks a balance from outside, the fields the chart reads, and returns it. */
function checkBalance(where: string, value: Loose): LedgerBalance {
  const place = placeFor(where, CODE);
  const parties = items(where, "ledger.parties", value["parties"], 2).map((p, i) => checkParty(place, `ledger.parties[${i}]`, p));
  const codes = parties.map((p) => p.code);
  if (codes[0] === codes[1]) bad(where, "ledger.parties", "must be two different parties", value["parties"]);
  items(where, "ledger.directions", value["directions"], 2).forEach((d, k) => {
    const path = `ledger.directions[${k}]`;
    const dir = object(where, path, d);
    if (dir["from"] !== codes[k] || dir["to"] !== codes[1 - k]) bad(where, path, `must go from ${codes[k]} to ${codes[1 - k]}, as the parties are listed`, { from: dir["from"], to: dir["to"] });
    whole(where, `${path}.entries`, dir["entries"]);
    items(where, `${path}.lines`, dir["lines"]).forEach((l, i) => checkLine(where, `${path}.lines[${i}]`, l));
  });
  items(where, "ledger.noneObserved", value["noneObserved"]).forEach((n, i) => {
    const line = object(where, `ledger.noneObserved[${i}]`, n);
    if (!codes.includes(line["from"] as string) || !codes.includes(line["to"] as string) || line["from"] === line["to"]) bad(where, `ledger.noneObserved[${i}]`, "must go from one party to the other", n);
    if (!isLedgerCategory(line["category"]) || !(LEDGER_STAGES as readonly unknown[]).includes(line["stage"]) || !isText(line["item"])) bad(where, `ledger.noneObserved[${i}]`, "must have a category, a stage and an item", n);
  });
  items(where, "ledger.valuations", value["valuations"]).forEach((v, i) => {
    const line = object(where, `ledger.valuations[${i}]`, v);
    if (!isText(line["item"])) bad(where, `ledger.valuations[${i}].item`, "must be non-empty text", line["item"]);
    checkValue(place, `ledger.valuations[${i}].value`, line["value"]);
  });
  return value as unknown as LedgerBalance;
}

/** One row of the chart: a category at a stage, what each direction sent, and what each was seen not to send. @internal */
export interface Row {
  readonly category: string;
  readonly stage: string;
  readonly lines: readonly [BalanceLine | undefined, BalanceLine | undefined];
  readonly none: readonly [readonly NoneObservedLine[], readonly NoneObservedLine[]];
}

/** What a ledger chart draws. @internal */
export interface LedgerData {
  readonly parties: readonly [LedgerParty, LedgerParty];
  readonly rows: readonly Row[];
  readonly valuations: readonly ValuationLine[];
  /** The units values are totalled in: each currency, then each index, each drawn on its own axis. */
  readonly units: readonly { readonly unit: string; readonly basis: "money" | "index" }[];
}

const keyOf = (category: string, stage: string): string => `${category}\u0000${stage}`;

/** The balance's lines and none-observed entries side by side, per category and stage, in order. */
function rowsOf(b: LedgerBalance): Row[] {
  const rows = new Map<string, { lines: [BalanceLine | undefined, BalanceLine | undefined]; none: [NoneObservedLine[], NoneObservedLine[]] }>();
  const row = (category: string, stage: string) => {
    const key = keyOf(category, stage);
    const found = rows.get(key) ?? { lines: [undefined, undefined], none: [[], []] };
    rows.set(key, found);
    return found;
  };
  b.directions.forEach((d, k) => d.lines.forEach((l) => (row(l.category, l.stage).lines[k] = l)));
  for (const n of b.noneObserved) row(n.category, n.stage).none[n.from === b.parties[0].code ? 0 : 1].push(n);
  return [...rows.keys()].sort((a, c) => (a < c ? -1 : a > c ? 1 : 0)).map((key) => {
    const [category = "", stage = ""] = key.split("\u0000");
    const r = rows.get(key) as { lines: [BalanceLine | undefined, BalanceLine | undefined]; none: [NoneObservedLine[], NoneObservedLine[]] };
    return { category, stage, lines: r.lines, none: r.none };
  });
}

function unitsOf(rows: readonly Row[]): LedgerData["units"] {
  const seen = new Map<string, "money" | "index">();
  const add = (totals: readonly Total[], basis: "money" | "index") => totals.forEach((t) => seen.set(t.unit, basis));
  for (const r of rows) for (const l of r.lines) if (l !== undefined) add(l.money, "money"), add(l.indices, "index");
  return [...seen].map(([unit, basis]) => ({ unit, basis })).sort((a, c) => (a.basis === c.basis ? (a.unit < c.unit ? -1 : 1) : a.basis === "money" ? -1 : 1));
}

/** Reads what `ledgerChart` draws from a ledger, a summary or a balance. @internal */
export function readLedger(where: string, value: Ledger | LedgerSummary | LedgerBalance): LedgerData {
  const kind = isObject(value) && !Array.isArray(value) ? ("directions" in value ? "balance" : (value as Loose)["kind"] === "ledger-summary" ? "summary" : "ledger") : "ledger";
  const summary = kind === "summary" ? checkSummary(where, "ledger", value) : kind === "ledger" ? summarize(checkLedger(where, "ledger", value)) : undefined;
  const b = summary === undefined ? checkBalance(where, value as unknown as Loose) : within(where, () => balance(summary));
  const rows = rowsOf(b);
  return { parties: [b.parties[0], b.parties[1]], rows, valuations: b.valuations, units: unitsOf(rows) };
}
