// The words of a ledger in a report: its entries as stated, the cells of its
// balance, the net, the valuations and what was looked for and not seen.
// Unknown is written as unknown, never as 0, and a total beside entries of
// unknown size says so.

import { noFigureWords } from "../../estimate/no-figure.js";
import type { DatasetLedgerEntry, DatasetLedgerValuation, DatasetParty } from "../../dataset/parts.js";
import { formatEstimate } from "../../estimate/format.js";
import type { Estimate } from "../../estimate/schema.js";
import type { BalanceLine, Total } from "../../ledger/balance.js";
import type { NetValue } from "../../ledger/net.js";
import type { ReportContext } from "./context.js";
import { inWords } from "./context.js";
import { visible } from "../visible.js";

/** A 0 whose words say no figure was given, as the report shows it: `unknown (0, "n/a")`; undefined for any other figure. */
export function noFigure(e: Estimate): string | undefined {
  const words = noFigureWords(e);
  return words === undefined ? undefined : `unknown (0, ${JSON.stringify(words)})`;
}

/** A party as a reader knows it: its name, or its code where the ledger has no party of that code. */
export function partyName(parties: readonly DatasetParty[], code: string): string {
  return parties.find((p) => p.code === code)?.name ?? code;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One row of a direction's entries: category, item, quantity as stated, stage, evidence, when (and value, when asked). */
export function entryRow(e: DatasetLedgerEntry, withValue: boolean): string[] {
  const row = [e.category, e.item, e.quantity === undefined ? "unknown" : noFigure(e.quantity) ?? formatEstimate(e.quantity, { unit: true }), e.stage, e.evidence, inWords(e.period)];
  if (withValue) row.push(e.value === undefined ? "unknown" : noFigure(e.value.estimate) ?? valueText(e.value.estimate));
  return row;
}

/** A value as stated, saying when its currency is not named. */
function valueText(estimate: Estimate): string {
  return estimate.unit === "unknown" ? `${formatEstimate(estimate)}, in no named currency` : formatEstimate(estimate, { unit: true });
}

/**
 * The totals of a cell, each with its unit: in words ("1,000 shells") when it is the only one,
 * else each with its unit as written ("100 \"shell\"; 400 \"shells\""), so that two units
 * the balance keeps apart never print as one (see unit-mismatch).
 */
const totals = (list: readonly Total[]): string[] =>
  list.length < 2 ? list.map((t) => formatEstimate(t.total, { unit: true })) : list.map((t) => `${formatEstimate(t.total)} ${visible(JSON.stringify(t.total.unit))}`);

/** How many entries of a line at each evidence level: "2 reported", "1 confirmed, 1 alleged". */
export function evidenceText(line: BalanceLine): string {
  const { confirmed, reported, alleged } = line.evidence;
  return [[confirmed, "confirmed"], [reported, "reported"], [alleged, "alleged"]].filter(([n]) => (n as number) > 0).map(([n, w]) => `${n} ${w}`).join(", ");
}

/** The quantities of a line: totals per unit, and the entries whose quantity is unknown, never read as 0. */
export function quantityText(line: BalanceLine): string {
  const parts = totals(line.quantities);
  const unknown = line.unknown.quantity;
  if (unknown === 0) return parts.join("; ");
  if (parts.length === 0) return unknown === line.entries ? "unknown" : plural(unknown, "entry of unknown quantity", "entries of unknown quantity");
  return `${parts.join("; ")}, and ${plural(unknown, "entry", "entries")} of unknown quantity`;
}

/** The values of a line: money per currency, indices per index, and what is unvalued or in no named currency. */
export function valueCell(line: BalanceLine): string {
  const parts = [...totals(line.money), ...totals(line.indices)];
  if (line.unknown.currency > 0) parts.push(`${plural(line.unknown.currency, "entry", "entries")} valued in no named currency`);
  const unvalued = line.unknown.value;
  if (unvalued === 0) return parts.join("; ");
  if (parts.length === 0) return "unknown";
  return `${parts.join("; ")}, and ${plural(unvalued, "entry", "entries")} not valued`;
}

/** The bounds of a net value in words, each figure in its currency or index ("at most about $150,000,000"); "about" goes after "at most", never before it. */
function boundsText(n: NetValue): string {
  const { low, high } = n.net;
  const about = n.net.approx === true ? "about " : "";
  const figure = (v: number): string => `${about}${formatEstimate({ kind: "exact", value: v, unit: n.unit }, { unit: true })}`;
  if (low === -Infinity && high === Infinity) return "unbounded either way";
  if (low === -Infinity) return `at most ${figure(high)}`;
  if (high === Infinity) return `at least ${figure(low)}`;
  return low === high ? figure(low) : `from ${figure(low)} to ${figure(high)}`;
}

/** A net value in words: what `from` sent less what it received, as every difference the values allow. */
export function netText(parties: readonly DatasetParty[], n: NetValue): string {
  const bounds = boundsText(n);
  const [sent, received] = n.unvalued;
  const unvalued = sent + received === 0 ? "" : `; ${sent} of the entries ${n.from} sent and ${received} of those it received are not valued in ${n.unit}, so worth an unknown amount`;
  const alleged = n.evidence[0].alleged + n.evidence[1].alleged;
  const resting = alleged === 0 ? "" : `; ${alleged} of the values it rests on ${alleged === 1 ? "is" : "are"} only alleged`;
  const [looked, lookedBack] = n.noneObserved;
  const unseen = looked + lookedBack === 0 ? "" : `; a net of what was observed only: ${looked} transfer${looked === 1 ? "" : "s"} from ${n.from} and ${lookedBack} to it at this stage were looked for and not seen, and are in no total`;
  return `${partyName(parties, n.from)} sent ${partyName(parties, n.to)}, less what it received, at the stage ${n.stage}, in ${n.unit}${n.basis === "index" ? " (an index, not money)" : ""}: ${bounds}${unvalued}${resting}${unseen}.`;
}

/** What the originator of an item is called. */
function originatorName(context: ReportContext, id: string): string {
  return context.named.sources.get(id)?.name ?? id;
}

/** A valuation of several entries, listed apart from the balance: what it values, the figure as stated, who says so. */
export function valuationItem(context: ReportContext, parties: readonly DatasetParty[], v: DatasetLedgerValuation): { head: string; body: string } {
  const scope = v.from === undefined ? "the exchange as a whole" : `all ${partyName(parties, v.from)} sent ${partyName(parties, v.to ?? "")}`;
  const stated = v.value.estimate.text === undefined ? "" : ` (stated as "${v.value.estimate.text}")`;
  const basis = v.value.basis === "index" ? `, an index${v.value.reference === undefined ? "" : ` (${v.value.reference})`}, not money` : "";
  return {
    head: `${v.item}, ${scope}: ${valueText(v.value.estimate)}${stated}${basis}`,
    body: `${v.id}, ${inWords(v.period)}, ${originatorName(context, v.attribution.originator)}; never added to the balance`,
  };
}

/** An entry whose evidence is none-observed: what the source looked for and saw no sign of. */
export function noneObservedItem(context: ReportContext, parties: readonly DatasetParty[], e: DatasetLedgerEntry): { head: string; body: string } {
  return {
    head: `No indication of ${e.item} from ${partyName(parties, e.from)} to ${partyName(parties, e.to)} (${e.category}, ${inWords(e.period)}): not zero, and in no total`,
    body: `${e.id}, ${originatorName(context, e.attribution.originator)}${e.text === undefined ? "" : `: "${e.text}"`}`,
  };
}
