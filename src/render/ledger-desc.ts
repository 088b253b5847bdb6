// The words of a ledger chart: what each line holds, for its labels and for
// the description that states every figure. Not exported from the package.

import type { BalanceLine, Total } from "../ledger/balance.js";
import type { ValuationLine } from "../ledger/summary-shape.js";
import type { LedgerData, Row } from "./ledger-read.js";
import { counted, listWords, stated, unitWords } from "./words.js";

/** A total in words: "13,000–15,000 people", "$5 billion", "250 million SIPRI TIV (an index, not money)". */
function totalWords(t: Total, basis: "quantity" | "money" | "index", locale: string, short: boolean): string {
  const figure = stated(t.total, locale, short);
  if (basis === "money") return figure;
  return `${figure} ${unitWords(t.unit)}${basis === "index" ? " (an index, not money)" : ""}`;
}

/** What is not known of a line's entries: "quantity unknown for 1", "value unknown for 2", "currency not named for 1". */
export function unknownWords(l: BalanceLine): string[] {
  const u = l.unknown;
  return [
    ...(u.quantity > 0 ? [`quantity unknown for ${u.quantity}`] : []),
    ...(u.value > 0 ? [`value unknown for ${u.value}`] : []),
    ...(u.currency > 0 ? [`currency not named for ${u.currency}`] : []),
  ];
}

/** The figures of a line: its quantities, money and index totals, then what is unknown. @internal */
export function lineDetails(l: BalanceLine, locale: string, short: boolean): string[] {
  return [
    ...l.quantities.map((t) => totalWords(t, "quantity", locale, short)),
    ...l.money.map((t) => totalWords(t, "money", locale, short)),
    ...l.indices.map((t) => totalWords(t, "index", locale, short)),
    ...unknownWords(l),
  ];
}

/** The evidence of a line: "2 reported", "1 confirmed and 1 alleged". @internal */
export function evidenceWords(l: BalanceLine): string {
  const e = l.evidence;
  return listWords([...(e.confirmed > 0 ? [`${e.confirmed} confirmed`] : []), ...(e.reported > 0 ? [`${e.reported} reported`] : []), ...(e.alleged > 0 ? [`${e.alleged} alleged`] : [])]);
}

/** A valuation of several entries in words: "military supplies exchanged: billions (currency not named)". @internal */
export function valuationWords(v: ValuationLine, locale: string): string {
  const unit = v.value.estimate.unit;
  const note = unit === "unknown" ? " (currency not named)" : v.value.basis === "index" ? ` ${unit} (an index, not money)` : "";
  const between = v.from === undefined ? "" : ` from ${v.from} to ${v.to as string}`;
  return `${v.item}${between}: ${stated(v.value.estimate, locale)}${note}`;
}

function rowWords(r: Row, k: 0 | 1, locale: string): string | undefined {
  const l = r.lines[k];
  const none = r.none[k].map((n) => `none observed: ${n.item}`);
  if (l === undefined && none.length === 0) return undefined;
  const figures = l === undefined ? [] : [`${counted(l.entries, "entry")} (${evidenceWords(l)})`, ...lineDetails(l, locale, false)];
  return `${r.category} (${r.stage}): ${[...figures, ...none].join(", ")}`;
}

/** The description of a ledger chart: each direction's lines, what was seen not to happen, and the valuations. @internal */
export function ledgerDesc(data: LedgerData, locale: string): string {
  const [a, b] = data.parties;
  const sides = ([0, 1] as const).map((k) => {
    const [from, to] = k === 0 ? [a, b] : [b, a];
    const lines = data.rows.map((r) => rowWords(r, k, locale)).filter((w): w is string => w !== undefined);
    return `${from.name} (${from.code}) to ${to.name} (${to.code}): ${lines.length === 0 ? "nothing recorded" : lines.join("; ")}.`;
  });
  const money = data.units.length === 0 ? ["No entry is valued in money or on an index."] : [`Values are drawn on one axis per unit: ${listWords(data.units.map((u) => `${u.unit} (${u.basis})`))}.`];
  const valuations = data.valuations.map((v) => `Valued as a whole, never added to any entry: ${valuationWords(v, locale)}.`);
  return [`Ledger of what ${a.name} and ${b.name} sent each other, by category and stage, with entry counts by evidence.`, ...sides, ...money, ...valuations].join(" ");
}
