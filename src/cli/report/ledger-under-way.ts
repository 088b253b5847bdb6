// Ledger entries under way at the valid time asked about: begun by it, ended after it (or at a
// time not known). Such an entry is left out of the balance, since how much of it had passed
// by then is not known; the balance lines and the nets it would fall in then say they are
// incomplete and name it, so that no total reads as exact while it leaves something out.

import type { DatasetLedgerEntry } from "../../dataset/parts.js";
import type { BalanceLine } from "../../ledger/balance.js";
import type { NetValue } from "../../ledger/net.js";
import type { LeftOut } from "./clocks.js";
import { beginsBy, inWords } from "./context.js";
import type { ReportContext } from "./context.js";

/** The entries left out on the valid clock that had begun by the valid time asked about. */
export function underWay(context: ReportContext, entries: readonly DatasetLedgerEntry[], left: LeftOut): DatasetLedgerEntry[] {
  if (context.valid === undefined) return [];
  const ids = new Set(left.filter((l) => l.why === "valid-later" || l.why === "valid-end-unknown").map((l) => l.id));
  return entries.filter((e) => ids.has(e.id) && e.evidence !== "none-observed" && beginsBy(context, e.period));
}

const ids = (list: readonly DatasetLedgerEntry[]): string => list.map((e) => e.id).join(", ");

/** The paragraph that says the balance is incomplete, or nothing when no entry was under way. */
export function underWayText(context: ReportContext, list: readonly DatasetLedgerEntry[]): string | undefined {
  if (list.length === 0) return undefined;
  const one = list.length === 1;
  return `Incomplete on ${inWords(context.valid ?? "")}: ${ids(list)} ${one ? "was" : "were"} under way then (begun by that date, ending after it or at a time not known), and how much of ${one ? "it" : "them"} had passed by then is not known; ${one ? "it is" : "they are"} left out, and every line and net ${one ? "it" : "they"} would fall in says so.`;
}

/** The under-way entries of one balance line: sent by `from`, of its category and stage. */
export function lineUnderWay(list: readonly DatasetLedgerEntry[], from: string, line: Pick<BalanceLine, "category" | "stage">): DatasetLedgerEntry[] {
  return list.filter((e) => e.from === from && e.category === line.category && e.stage === line.stage);
}

/** A balance cell with the under-way entries it leaves out: `incomplete: about 13,000 people, without kp-ru-laborers (under way)`. */
export function incompleteCell(cell: string, missing: readonly DatasetLedgerEntry[]): string {
  if (missing.length === 0) return cell;
  return `incomplete: ${cell === "" ? "nothing counted" : cell}, without ${ids(missing)} (under way)`;
}

/**
 * The rows for the under-way entries that fall in no line of the balance: a category and stage
 * of which nothing was counted by then.
 */
export function rowsWithoutLine(list: readonly DatasetLedgerEntry[], counted: ReadonlySet<string>): string[][] {
  const groups = new Map<string, DatasetLedgerEntry[]>();
  for (const e of list) {
    const key = JSON.stringify([e.from, e.to, e.category, e.stage]);
    if (!counted.has(key)) groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((g) => {
    const e = g[0] as DatasetLedgerEntry;
    return [`${e.from} → ${e.to}`, e.category, e.stage, `0 counted, ${g.length} under way`, incompleteCell("", g), incompleteCell("", g)];
  });
}

/** The under-way entries a net leaves out: those of its stage, in either direction between its parties. */
export function netUnderWay(list: readonly DatasetLedgerEntry[], n: NetValue): DatasetLedgerEntry[] {
  return list.filter((e) => e.stage === n.stage && ((e.from === n.from && e.to === n.to) || (e.from === n.to && e.to === n.from)));
}

/** A net's words, with the under-way entries it leaves out named: its bounds are then no bounds of the net at that date. */
export function incompleteNet(text: string, missing: readonly DatasetLedgerEntry[]): string {
  if (missing.length === 0) return text;
  return `Incomplete: ${text.replace(/\.$/, "")}; leaves out ${ids(missing)}, under way then, so the net on that date may lie outside these bounds.`;
}
