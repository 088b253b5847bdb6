// The entries and valuations of several ledgers as one list, with what was
// found twice and what the ledgers disagree on. Symmetric in the ledgers: it
// reads only ids, contents and which items share a ledger, never the order in
// which the ledgers were given. Not exported from the package.

import { LookAlikes, lookAlike, visible } from "../_lib/forms.js";
import { keyText } from "../claim/indicator-key.js";
import { isHedged, readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import type { Ledger, LedgerEntry, LedgerParty, LedgerValuation, LedgerValue } from "./schema.js";
import type { LedgerMergeCode } from "./codes.js";
import { sameTransfers } from "./merge-same.js";
import type { LedgerPossibleDuplicate } from "./merge-same.js";
import { byText } from "./summary-shape.js";

export type { LedgerPossibleDuplicate } from "./merge-same.js";

/** An entry or a valuation of a ledger: what a merge compares and a conflict lists the versions of. */
export type LedgerItem = LedgerEntry | LedgerValuation;

/** An item found in one or more ledgers with one id and one content. */
interface Found {
  readonly id: string;
  readonly kind: "entry" | "valuation";
  readonly item: LedgerItem;
  /** What it says, whatever the words: everything but the id and the wording, as JSON (see {@link keyOf}). */
  readonly key: string;
  /** Everything but the id, as JSON (checked items are copies with their fields in one order). */
  readonly full: string;
  /** Whether the ledgers word it differently (the version kept is the first in code-unit order). */
  readonly worded?: boolean;
  /** The ledgers it was found in, by their place in the list. */
  readonly ledgers: number[];
}

/**
 * An entry (or valuation) found in more than one of the ledgers merged, kept
 * once: with the same id and content in several (`duplicate-id`, one record
 * for each ledger past the first), or with another id and the same content in
 * another ledger (`duplicate-content`).
 */
export interface LedgerDuplicate {
  readonly code: Extract<LedgerMergeCode, "duplicate-id" | "duplicate-content">;
  /** The id the merged ledger keeps it under: always that of an entry (or valuation) of the merged ledger. */
  readonly kept: string;
  /** The id of the one found again. */
  readonly dropped: string;
  readonly message: string;
}

/**
 * What the ledgers disagree on, never settled by choosing a version: an id
 * with different contents, or ids of different ledgers that look alike (the
 * same text in another Unicode form, in compatibility characters or with
 * invisible characters) with different contents (`conflicting-entry`: until it
 * is settled, the merge gives no ledger), or a party with different names (`party-name-conflict`).
 * `versions` holds every version the ledgers have, each once, two or more, in
 * one order whatever the order of the ledgers.
 */
export type LedgerConflict =
  | { readonly code: "conflicting-entry"; readonly message: string; readonly versions: readonly LedgerItem[] }
  | { readonly code: "party-name-conflict"; readonly message: string; readonly versions: readonly LedgerParty[] };

/** What merging the items gives. @internal */
export interface MergedItems {
  readonly entries: LedgerEntry[];
  readonly valuations: LedgerValuation[];
  readonly duplicates: LedgerDuplicate[];
  readonly conflicts: Extract<LedgerConflict, { code: "conflicting-entry" }>[];
  readonly possibleDuplicates: LedgerPossibleDuplicate[];
}

/** What a figure allows, whatever its words (hedge, text, a default left out): kind, unit, bounds, openness, best, approximate or not. */
function figure(e: Estimate): unknown[] {
  const i = readInterval(e);
  return [e.kind, e.unit, i.low, i.high === Infinity ? "Infinity" : i.high, i.lowOpen, i.highOpen, i.best ?? null, isHedged(e)];
}

const valueFigure = (v: LedgerValue | undefined): unknown => v && { ...v, estimate: figure(v.estimate) };

/**
 * What an item says, as JSON: all but its id and its wording (its `text`, and the hedge words and texts of its figures). "Wording alone is not drift."
 * In Unicode normalization form C, so that text kept as its source wrote it (an attribution's names and titles) compares as items and units
 * do, whatever the encoding of its accents. Two keys are equal in form C exactly when their texts are canonically equivalent: each text opens
 * after a `"`, which composes with nothing, and no character decomposes into a quote, a backslash or another mark JSON writes around texts.
 */
function keyOf(kind: string, item: LedgerItem): string {
  const { id: _id, text: _text, ...rest } = item;
  const quantity = "quantity" in rest && rest.quantity !== undefined ? figure(rest.quantity) : undefined;
  return keyText(`${kind}${JSON.stringify({ ...rest, quantity, value: valueFigure(rest.value) })}`);
}

function fullOf(kind: string, item: LedgerItem): string {
  const { id: _id, ...rest } = item;
  return `${kind}${JSON.stringify(rest)}`;
}

/** Every occurrence of every id, in the ledgers' order (which nothing below depends on). */
function occurrences(ledgers: readonly Ledger[]): Map<string, Found[]> {
  const byId = new Map<string, Found[]>();
  const put = (kind: Found["kind"], item: LedgerItem, ledger: number): void => {
    const found: Found = { id: item.id, kind, item, key: keyOf(kind, item), full: fullOf(kind, item), ledgers: [ledger] };
    const list = byId.get(item.id);
    if (list === undefined) byId.set(item.id, [found]);
    else list.push(found);
  };
  for (let l = 0; l < ledgers.length; l++) {
    const { entries, valuations } = ledgers[l] as Ledger;
    for (let i = 0; i < entries.length; i++) put("entry", entries[i] as LedgerEntry, l);
    for (let i = 0; i < valuations.length; i++) put("valuation", valuations[i] as LedgerValuation, l);
  }
  return byId;
}

/** The fields in which some version differs from the first. */
function differences(versions: readonly Found[]): string {
  const first = versions[0] as Found;
  const at = (x: LedgerItem, k: string): string => JSON.stringify((x as unknown as Record<string, unknown>)[k]) ?? "";
  const keys = [...new Set(versions.flatMap((v) => Object.keys(v.item)))];
  return keys.filter((k) => versions.some((v) => at(v.item, k) !== at(first.item, k))).join(", ");
}

function conflictOf(id: string, versions: readonly Found[]): MergedItems["conflicts"][number] {
  const kinds = new Set(versions.map((v) => v.kind));
  const message =
    kinds.size > 1
      ? `"${id}" is an entry in one ledger and a valuation in another: settle it and merge again; until then there is no merged ledger, whose totals would lack it`
      : `${versions[0]?.kind} "${id}" differs between the ledgers (${differences(versions)}): settle it and merge again; until then there is no merged ledger, whose totals would lack it`;
  return { code: "conflicting-entry", message, versions: versions.map((v) => v.item) };
}

/**
 * One item per id: an id with one content in every ledger that has it is one
 * item (found in each of those ledgers), with several it is a conflict and
 * left out. Returns the items, grouped by content.
 */
function byContent(byId: Map<string, Found[]>, conflicts: MergedItems["conflicts"]): Map<string, Found[]> {
  const groups = new Map<string, Found[]>();
  for (const [id, found] of byId) {
    const versions = new Map<string, Found>();
    for (const f of found) {
      const before = versions.get(f.key);
      if (before === undefined || byText(f.full, before.full) < 0) versions.set(f.key, f);
    }
    if (versions.size > 1) {
      conflicts.push(conflictOf(id, [...versions.values()].sort((x, y) => byText(x.key, y.key))));
      continue;
    }
    // One meaning worded several ways: the first wording in code-unit order, whatever the order of the ledgers.
    let one = found[0] as Found;
    for (let i = 1; i < found.length; i++) if (byText((found[i] as Found).full, one.full) < 0) one = found[i] as Found;
    const worded = found.some((f) => f.full !== one.full);
    const merged: Found = { ...one, worded, ledgers: found.map((f) => f.ledgers[0] as number) };
    const group = groups.get(one.key);
    if (group === undefined) groups.set(one.key, [merged]);
    else group.push(merged);
  }
  return groups;
}

/**
 * Items sorted by id, put in groups no two items of which share a ledger: in
 * id order, each joins the first group so far that none of its ledgers is in,
 * or starts one. Returns the group of each item, and each group's first.
 */
function firstFit(items: readonly Found[]): { readonly of: number[]; readonly heads: Found[] } {
  const of: number[] = [];
  const heads: Found[] = [];
  const members: Set<number>[] = [];
  // For each ledger, the first group that may lack it: every one before it has it.
  const next = new Map<number, number>();
  for (const f of items) {
    let c = 0;
    for (const l of f.ledgers) c = Math.max(c, next.get(l) ?? 0);
    while (c < heads.length && f.ledgers.some((l) => (members[c] as Set<number>).has(l))) c++;
    if (c === heads.length) (heads.push(f), members.push(new Set()));
    for (const l of f.ledgers) (members[c] as Set<number>).add(l);
    // Each ledger's first group that may lack it moves only forward: linear in all, whatever the ledgers of each item.
    for (const l of f.ledgers) {
      let n = next.get(l) ?? 0;
      while (n < heads.length && (members[n] as Set<number>).has(l)) n++;
      next.set(l, n);
    }
    of.push(c);
  }
  return { of, heads };
}

/**
 * Items with one content and different ids: one transfer reported by several
 * ledgers, or several transfers alike within one. Each joins the first
 * transfer kept that no ledger of its own reports already (`duplicate-content`),
 * or is kept as a transfer of its own: two items of one ledger are never taken
 * for one. An item found in several ledgers under its id is a `duplicate-id`
 * for each past the first, naming the id kept.
 */
function cluster(group: Found[], kept: Found[], duplicates: LedgerDuplicate[]): void {
  group.sort((x, y) => byText(x.id, y.id));
  const { of, heads } = firstFit(group);
  for (let i = 0; i < group.length; i++) {
    const f = group[i] as Found;
    const head = (heads[of[i] as number] as Found).id;
    if (head === f.id) kept.push(f);
    else duplicates.push({ code: "duplicate-content", kept: head, dropped: f.id, message: `${f.kind} "${f.id}" says what "${head}" of another ledger says (all but the id and the wording alike); kept once, as "${head}"` });
    const as = head === f.id ? "" : `, as "${head}"`;
    const same = f.worded === true ? "worded differently, saying the same (the first wording in code-unit order is kept)" : "the same";
    for (let k = 1; k < f.ledgers.length; k++) duplicates.push({ code: "duplicate-id", kept: head, dropped: f.id, message: `${f.kind} "${f.id}" is in more than one ledger, ${same}; kept once${as}` });
  }
}

/**
 * Kept items of different ledgers whose ids look alike (see `looks`: the same text in another
 * Unicode form, in compatibility characters or with invisible characters) but say different
 * things: one id to a reader, with two contents, so a `conflicting-entry`, and both are left out
 * (`ledger()` refuses a ledger with two such ids). Items alike but for the id were kept once
 * already, as `duplicate-content`. `kept` is sorted by id.
 */
function lookAlikeIds(kept: Found[], conflicts: MergedItems["conflicts"]): void {
  const alike = new LookAlikes<number>();
  const index = new Map<string, number>(); // only once an id that is not printable ASCII is met
  const out = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i] as Found;
    const other = alike.met(f.id, i, (id) => {
      if (index.size === 0) kept.forEach((k, j) => index.set(k.id, j));
      return index.get(id);
    });
    if (other === undefined) continue;
    const first = kept[other.at] as Found;
    const why = `${lookAlike(f.id, first.id)}: ids are compared as written, but no reader could tell the two apart`;
    const message = `${first.kind} ${visible(first.id)} of one ledger and ${f.kind} ${visible(f.id)} of another have ids that look alike, ${why}: settle which is meant and merge again; until then there is no merged ledger`;
    conflicts.push({ code: "conflicting-entry", message, versions: [first.item, f.item] });
    out.add(other.at).add(i);
  }
  if (out.size === 0) return;
  let n = 0;
  for (let i = 0; i < kept.length; i++) if (!out.has(i)) kept[n++] = kept[i] as Found;
  kept.length = n;
}

/** The items of checked ledgers between the same parties, merged; every list sorted, so that nothing depends on the ledgers' order. @internal */
export function mergeItems(ledgers: readonly Ledger[]): MergedItems {
  const duplicates: LedgerDuplicate[] = [];
  const conflicts: MergedItems["conflicts"] = [];
  const kept: Found[] = [];
  for (const group of byContent(occurrences(ledgers), conflicts).values()) cluster(group, kept, duplicates);
  kept.sort((x, y) => byText(x.id, y.id));
  lookAlikeIds(kept, conflicts);
  duplicates.sort((x, y) => byText(x.code, y.code) || byText(x.dropped, y.dropped) || byText(x.kept, y.kept));
  conflicts.sort((x, y) => byText(x.versions[0]?.id ?? "", y.versions[0]?.id ?? ""));
  return {
    entries: kept.filter((f) => f.kind === "entry").map((f) => f.item as LedgerEntry),
    valuations: kept.filter((f) => f.kind === "valuation").map((f) => f.item as LedgerValuation),
    duplicates,
    conflicts,
    possibleDuplicates: sameTransfers(kept.filter((f) => f.kind === "entry").map((f) => ({ id: f.id, item: f.item as LedgerEntry, ledgers: f.ledgers }))),
  };
}
