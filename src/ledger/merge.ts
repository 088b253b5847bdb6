import { rethrow } from "../_lib/guard.js";
import { FogcountError } from "../errors.js";
import { builtLedgers, checkLedger } from "./check.js";
import { mergeItems } from "./merge-items.js";
import type { LedgerConflict, LedgerDuplicate, LedgerPossibleDuplicate } from "./merge-items.js";
import type { Ledger, LedgerParty } from "./schema.js";
import { byText } from "./summary-shape.js";

/** What {@link mergeLedgers} returns. */
export interface MergedLedgers {
  /**
   * The entries and valuations of all the ledgers, each once, sorted by id;
   * `null` while an entry or valuation is in conflict (`conflicting-entry`):
   * a ledger without it would total less than the sources agree was sent.
   * Settle each conflict (choose or edit a version in the ledgers) and merge
   * again.
   */
  readonly ledger: Ledger | null;
  /** Sorted by code, then by id. */
  readonly duplicates: readonly LedgerDuplicate[];
  /** Sorted by the id (or party code) they are about. */
  readonly conflicts: readonly LedgerConflict[];
  /** Entries of different ledgers, each kept, that may be one transfer told by two sources; sorted by their first id. */
  readonly possibleDuplicates: readonly LedgerPossibleDuplicate[];
}

/** How a message names the ledger at place `k`: `a`, `b`, then `more[0]`, … */
const nameOf = (k: number): string => (k === 0 ? "a" : k === 1 ? "b" : `more[${k - 2}]`);

/** The parties of the merged ledger, sorted by code, each named by the first of its names in code-unit order; a conflict for a party named otherwise anywhere. */
function parties(where: string, ledgers: readonly Ledger[], conflicts: LedgerConflict[]): readonly [LedgerParty, LedgerParty] {
  const codes = (l: Ledger): string => l.parties.map((p) => p.code).sort().join(" and ");
  const first = ledgers[0] as Ledger;
  for (let k = 1; k < ledgers.length; k++) {
    const other = ledgers[k] as Ledger;
    if (codes(other) !== codes(first)) throw new FogcountError("party-mismatch", `${where}: a is between ${codes(first)}, ${nameOf(k)} between ${codes(other)}`, { a: first.parties, [nameOf(k)]: other.parties });
  }
  const out = [...first.parties].sort((p, q) => byText(p.code, q.code)).map((p) => {
    const names = [...new Set(ledgers.map((l) => (l.parties.find((q) => q.code === p.code) as LedgerParty).name))].sort(byText);
    const versions = names.map((name) => ledgers.flatMap((l) => l.parties).find((q) => q.code === p.code && q.name === name) as LedgerParty);
    if (names.length > 1) conflicts.push({ code: "party-name-conflict", message: `${p.code} is named ${names.map((n) => `"${n}"`).join(", ")} in the ledgers; the merged ledger names it "${names[0]}"`, versions });
    return versions[0] as LedgerParty;
  });
  return Object.freeze(out) as unknown as readonly [LedgerParty, LedgerParty];
}

/**
 * Ledgers between the same parties as one, whatever their number and order:
 * the result is the same for any order of the ledgers, so merging many at
 * once never depends on which came first. An entry found in more than one
 * ledger is kept once: with the same id and content (`duplicate-id`), or
 * with another id and the same content in another ledger, everything but the
 * id alike (`duplicate-content`; entries alike within one ledger are
 * separate transfers). Content is compared by what it says, not by its
 * words: figures by what they allow (kind, unit, bounds, openness, best,
 * approximate or not), never by their hedge words or texts, and an entry's
 * `text` not at all; of one content worded several ways, the first wording
 * in code-unit order is kept. Text is compared in Unicode normalization
 * form C: an item, a unit or a source's name with an accent written as one
 * character in one ledger and as a letter and a combining mark in another
 * is one text (`ledger()` stores items, units and party names in form C).
 * An id with different contents is a conflict
 * (`conflicting-entry`), and so are ids of different ledgers that look alike
 * (the same text in another Unicode form, in compatibility characters or with
 * invisible characters: one id to a reader, which `ledger()` refuses twice)
 * with different contents: never resolved by choosing one, and never left
 * out of a ledger whose totals would then say the transfer was not made:
 * while any entry is in conflict, `ledger` is `null`, and the conflicts list
 * every version, to be settled (a version chosen or edited in the ledgers)
 * and merged again. A party named differently is a `party-name-conflict`; it
 * changes no figure, so the ledger is given, naming the party by the first of
 * its names in code-unit order. Valuations merge by the same rules; an id
 * that is an entry in one ledger and a valuation in another is a conflict
 * too. Without a conflicting entry, every entry and valuation given is in
 * the merged ledger or in a duplicate record beside the one kept for it.
 * Entries of different ledgers from and to the same parties, in the same
 * category and at the same stage, with the same item (whatever its case,
 * spacing and Unicode encoding) and overlapping periods may be one transfer told by two sources,
 * whatever their figures: both are kept, and reported as a
 * `possible-duplicate`, since a total of the merged ledger counts each. A period with an
 * unknown end (`2024/`, EDTF's end not known, unlike the open `2024/..`) may or may not
 * reach one that begins later: such entries are flagged too, and the message says that
 * whether their periods overlap turns on a day not known. Entries and valuations come sorted by id,
 * parties by code.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger (named `a`, `b`, `more[0]`, …); `duplicate-entry-id` for an id used twice within one, or two ids of one that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `party-mismatch` for ledgers between different parties.
 * @example
 * const again = mergeLedgers(nisBriefing2025Ledger, nisBriefing2025Ledger, nisBriefing2025Ledger);
 * again.ledger?.entries.length === nisBriefing2025Ledger.entries.length;
 * //=> true
 * again.duplicates[0]?.code;
 * //=> "duplicate-id"
 */
export function mergeLedgers(a: Ledger, b: Ledger, ...more: readonly Ledger[]): MergedLedgers {
  try {
    const where = "mergeLedgers";
    const ledgers = [a, b, ...more].map((l, k) => checkLedger(where, nameOf(k), l));
    const conflicts: LedgerConflict[] = [];
    const both = parties(where, ledgers, conflicts);
    const items = mergeItems(ledgers);
    let out: Ledger | null = null;
    if (items.conflicts.length === 0) {
      out = Object.freeze({ kind: "ledger", parties: both, entries: Object.freeze(items.entries), valuations: Object.freeze(items.valuations) }) as Ledger;
      builtLedgers.add(out);
    }
    return Object.freeze({
      ledger: out,
      duplicates: Object.freeze(items.duplicates),
      conflicts: Object.freeze([...conflicts, ...items.conflicts]),
      possibleDuplicates: Object.freeze(items.possibleDuplicates),
    });
  } catch (error) {
    rethrow("mergeLedgers", { a, b, more }, error);
  }
}
