// Each ledger of a dataset: what each party sent the other, entry by entry
// and as stated, both directions side by side; the balance the ledger room
// gives (counts, totals per unit, currency and index, what is unknown, a net
// only where the room gives one); the valuations of several entries and the
// entries the source looked for and did not see, each listed apart. An entry
// or valuation that rests on a deprecated claim is left out, and named. A
// ledger that cannot be balanced says why in one line; the rest of the report
// stands.

import type { DatasetLedger, DatasetLedgerEntry, DatasetParty } from "../../dataset/parts.js";
import { resolveLedger } from "../../dataset/resolve.js";
import { isFogcountError } from "../../errors.js";
import type { Interval } from "../../estimate/interval.js";
import { balance } from "../../ledger/balance.js";
import type { LedgerBalance } from "../../ledger/balance.js";
import { leftOutText, standing } from "./clocks.js";
import type { LeftOut, Standing } from "./clocks.js";
import type { ReportContext } from "./context.js";
import type { Block, Section } from "./document.js";
import { itemKey, notCountedText } from "./retired.js";
import type { NotCounted } from "./retired.js";
import { incompleteCell, incompleteNet, lineUnderWay, netUnderWay, rowsWithoutLine, underWay, underWayText } from "./ledger-under-way.js";
import { entryRow, evidenceText, netText, noneObservedItem, partyName, quantityText, valuationItem, valueCell } from "./ledger-text.js";

interface Part {
  readonly blocks: Block[];
  readonly data: unknown;
}

const paragraph = (text: string): Block => ({ kind: "paragraph", text });

/** The entries and valuations of a ledger whose ends are not its parties, in one sentence; undefined when there are none. */
function mismatch(l: DatasetLedger, parties: readonly DatasetParty[]): { readonly id: string; readonly code: string; readonly text: string } | undefined {
  const codes = parties.map((p) => p.code);
  const bad: { noun: string; id: string; end: string; code: string }[] = [];
  for (const [noun, list] of [["entry", l.entries], ["valuation", l.valuations]] as const) {
    for (const item of list) {
      const end = (["from", "to"] as const).find((e) => item[e] !== undefined && !codes.includes(item[e] as string));
      if (end !== undefined) bad.push({ noun, id: item.id, end, code: item[end] as string });
    }
  }
  const first = bad[0];
  if (first === undefined) return undefined;
  const more = bad.length === 1 ? "" : ` (and ${bad.length - 1} more ${bad.length === 2 ? "item" : "items"} like it)`;
  const text = `${l.id} cannot be balanced: ${first.noun} ${first.id} goes ${first.end} ${first.code}, which is not one of its parties (${codes.join(", ")})${more}.`;
  return { id: first.id, code: first.code, text };
}

/** A net interval as JSON holds it: an unbounded end left out. */
function netJson(net: Interval): Record<string, unknown> {
  const { low, high, ...rest } = net;
  return { ...(low !== -Infinity && { low }), ...(high !== Infinity && { high }), ...rest };
}

/** Both directions, entry by entry, none-observed entries aside. */
function directionBlocks(context: ReportContext, parties: readonly DatasetParty[], b: LedgerBalance, entries: readonly DatasetLedgerEntry[]): Block[] {
  const withValue = entries.some((e) => e.value !== undefined);
  const head = ["category", "item", "quantity", "stage", "evidence", "when", ...(withValue ? ["value"] : [])];
  return b.directions.flatMap((d): Block[] => {
    const sent = entries.filter((e) => e.from === d.from && e.evidence !== "none-observed");
    const title: Block = { kind: "heading", text: `${partyName(parties, d.from)} → ${partyName(parties, d.to)}`, sub: true };
    if (sent.length === 0) return [title, paragraph(`No entry${context.known === undefined ? "" : " known then"} of what ${partyName(parties, d.from)} sent.`)];
    const rows = [...sent].sort((x, y) => (x.category < y.category ? -1 : x.category > y.category ? 1 : 0)).map((e) => entryRow(e, withValue));
    return [title, { kind: "table", head, rows, keep: head.map((h) => h === "category" || h === "stage" || h === "evidence") }];
  });
}

/** The balance, the net, the valuations and the entries not observed. */
function balanceBlocks(context: ReportContext, parties: readonly DatasetParty[], l: DatasetLedger, b: LedgerBalance, entries: readonly DatasetLedgerEntry[], later: readonly DatasetLedgerEntry[]): Block[] {
  const counted = new Set<string>();
  const rows = b.directions.flatMap((d) =>
    d.lines.map((line) => {
      counted.add(JSON.stringify([d.from, d.to, line.category, line.stage]));
      const missing = lineUnderWay(later, d.from, line);
      const n = missing.length === 0 ? "" : `, ${missing.length} under way`;
      return [`${d.from} → ${d.to}`, line.category, line.stage, `${evidenceText(line)}${n}`, incompleteCell(quantityText(line), missing), incompleteCell(valueCell(line), missing)];
    }),
  );
  rows.push(...rowsWithoutLine(later, counted));
  const note = underWayText(context, later);
  const blocks: Block[] = [{ kind: "heading", text: "Balance", sub: true }, ...(note === undefined ? [] : [paragraph(note)])];
  blocks.push(rows.length === 0 ? paragraph("No entries to add up.") : { kind: "table", head: ["from → to", "category", "stage", "entries", "quantity", "value"], rows, keep: [true, true, true, false, false, false] });
  blocks.push(
    b.net.length === 0
      ? paragraph("No net value: no stage is valued in one currency or index in both directions, and an unknown value is never taken as 0.")
      : { kind: "list", items: b.net.map((n) => ({ head: incompleteNet(netText(parties, n), netUnderWay(later, n)) })) },
  );
  const byId = new Map(l.valuations.map((v) => [v.id, v]));
  const valuations = b.valuations.map((v) => byId.get(v.id)).filter((v) => v !== undefined);
  if (valuations.length > 0) blocks.push({ kind: "heading", text: "Valuations, apart from the balance", sub: true }, { kind: "list", items: valuations.map((v) => valuationItem(context, parties, v)) });
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const none = b.noneObserved.map((n) => entryById.get(n.id)).filter((e) => e !== undefined);
  if (none.length > 0) blocks.push({ kind: "heading", text: "Looked for, not observed", sub: true }, { kind: "list", items: none.map((e) => noneObservedItem(context, parties, e)) });
  return blocks;
}

/** One ledger (the `n`th): its blocks and data, or the one line that says why it cannot be balanced. */
function oneLedger(context: ReportContext, l: DatasetLedger, n: number): Part {
  const parties = l.parties.map((id) => context.named.parties.get(id) as DatasetParty);
  const heading: Block = { kind: "heading", text: `${l.id}: ${parties.map((p) => `${p.name} (${p.code})`).join(" and ")}` };
  const about = { id: l.id, parties };
  const bad = mismatch(l, parties);
  if (bad !== undefined) return { blocks: [heading, paragraph(bad.text)], data: { ...about, balanced: false, problem: { item: bad.id, code: bad.code, message: bad.text } } };
  const left: { id: string; why: Exclude<Standing, "shown"> }[] = [];
  const notCounted: NotCounted[] = [];
  const shown =
    (list: "entries" | "valuations") =>
    <T extends { readonly id: string; readonly claims?: readonly string[] | undefined; readonly attribution: DatasetLedgerEntry["attribution"]; readonly period: string }>(item: T, i: number): boolean => {
      const s = standing(context, { claims: item.claims, attribution: item.attribution, valid: [item.period] });
      const retired = s === "shown" ? context.retired.get(itemKey(["ledgers", n, list, i])) : undefined;
      if (s !== "shown") left.push({ id: item.id, why: s });
      if (retired !== undefined) notCounted.push(retired);
      return s === "shown" && retired === undefined;
    };
  const entries = l.entries.filter(shown("entries"));
  const later = underWay(context, l.entries, left);
  const valuations = l.valuations.filter(shown("valuations"));
  const note = leftOutText(context, left as LeftOut);
  const notes = [...(note === undefined ? [] : [paragraph(note)]), ...notCountedText(notCounted, "the balance")];
  if (entries.length === 0 && valuations.length === 0) {
    const none = underWayText(context, later);
    if (none !== undefined) notes.push(paragraph(none));
    const data = { ...about, balanced: true, directions: [], net: [], valuations: [], noneObserved: [], leftOut: left, notCounted, underWay: later.map((e) => e.id) };
    return { blocks: [heading, ...(notes.length === 0 ? [paragraph(`${l.id} has no entries.`)] : notes)], data };
  }
  let b: LedgerBalance;
  try {
    b = balance(resolveLedger({ ...l, entries, valuations }, context.named));
  } catch (error) {
    if (!isFogcountError(error)) throw error;
    const text = `${l.id} cannot be balanced: ${error.message.replace(/^balance: /, "")}`;
    return { blocks: [heading, paragraph(text)], data: { ...about, balanced: false, problem: { code: error.code, message: text } } };
  }
  const data = {
    ...about,
    balanced: true,
    directions: b.directions.map((d) => ({ from: d.from, to: d.to, entries: entries.filter((e) => e.from === d.from && e.evidence !== "none-observed"), lines: d.lines })),
    net: b.net.map((n) => {
      const missing = netUnderWay(later, n).map((e) => e.id);
      return { ...n, net: netJson(n.net), text: incompleteNet(netText(parties, n), netUnderWay(later, n)), ...(missing.length > 0 && { incomplete: missing }) };
    }),
    underWay: later.map((e) => e.id),
    valuations,
    noneObserved: entries.filter((e) => e.evidence === "none-observed"),
    leftOut: left,
    notCounted,
  };
  return { blocks: [heading, ...notes, ...directionBlocks(context, parties, b, entries), ...balanceBlocks(context, parties, l, b, entries, later)], data };
}

/** Every ledger of the dataset, each balanced on its own; nothing when the dataset has none. */
export function ledgerSection(context: ReportContext): Section | undefined {
  const ledgers = context.dataset.ledgers;
  if (ledgers.length === 0) return undefined;
  const each = ledgers.map((l, n) => oneLedger(context, l, n));
  const intro =
    "What each party sent the other, entry by entry as stated, and the balance: quantities and values added up per unit, currency and index, one stage at a time (a delivery is part of an order, not more of it). What is unknown is counted, never added as 0; valuations of several entries, and what the source looked for and did not see, are listed apart; an entry or valuation that rests on a deprecated claim or on a claim of another measure, and an entry delivered on the strength of a plan, is left out, and named.";
  return { key: "ledgers", title: "Ledgers", blocks: [paragraph(intro), ...each.flatMap((e) => e.blocks)], data: each.map((e) => e.data) };
}
