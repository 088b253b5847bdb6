import { rethrow } from "../_lib/guard.js";
import { FogcountError } from "../errors.js";
import { builtLedgers, checkLedger } from "./check.js";
import type { LedgerMergeCode } from "./codes.js";
import type { Ledger, LedgerEntry, LedgerParty, LedgerValuation } from "./schema.js";

/** An item of the second ledger already in the first: kept once, as the first has it. */
export interface LedgerDuplicate {
  readonly code: Extract<LedgerMergeCode, "duplicate-id" | "duplicate-content">;
  /** The id it has in the first ledger, which the merged ledger keeps. */
  readonly kept: string;
  /** The id it has in the second. */
  readonly dropped: string;
  readonly message: string;
}

/** What the two ledgers disagree on. Neither side is chosen for an entry: both versions are left out of the merged ledger. */
export interface LedgerConflict {
  readonly code: Extract<LedgerMergeCode, "conflicting-entry" | "party-name-conflict">;
  readonly message: string;
  /** The first ledger's version. */
  readonly a: LedgerEntry | LedgerValuation | LedgerParty;
  /** The second ledger's version. */
  readonly b: LedgerEntry | LedgerValuation | LedgerParty;
}

/** What {@link mergeLedgers} returns. */
export interface MergedLedgers {
  /** The entries and valuations of both, each once, without the ones in conflict. */
  readonly ledger: Ledger;
  readonly duplicates: readonly LedgerDuplicate[];
  readonly conflicts: readonly LedgerConflict[];
}

type Item = LedgerEntry | LedgerValuation;

/** What an item says, all but its id: the same JSON for the same content (checked items are copies with their fields in one order). */
function contentOf(item: Item, kind: string): string {
  const { id: _id, ...rest } = item;
  return `${kind}${JSON.stringify(rest)}`;
}

function differences(a: Item, b: Item): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const at = (x: Item, k: string): string => JSON.stringify((x as unknown as Record<string, unknown>)[k]) ?? "";
  return keys.filter((k) => at(a, k) !== at(b, k)).join(", ");
}

function parties(where: string, x: Ledger, y: Ledger, conflicts: LedgerConflict[]): void {
  const codes = (l: Ledger): string => l.parties.map((p) => p.code).sort().join(" and ");
  if (codes(x) !== codes(y)) {
    throw new FogcountError("party-mismatch", `${where}: a is between ${codes(x)}, b between ${codes(y)}`, { a: x.parties, b: y.parties });
  }
  for (const p of x.parties) {
    const q = y.parties.find((r) => r.code === p.code) as LedgerParty;
    if (q.name !== p.name) {
      conflicts.push({ code: "party-name-conflict", message: `${p.code} is "${p.name}" in a and "${q.name}" in b; the merged ledger keeps "${p.name}"`, a: p, b: q });
    }
  }
}

function mergeItems<T extends Item>(kind: string, a: readonly T[], b: readonly T[], duplicates: LedgerDuplicate[], conflicts: LedgerConflict[]): T[] {
  const byId = new Map(a.map((item) => [item.id, item]));
  const byContent = new Map<string, string[]>();
  for (const item of a) {
    const key = contentOf(item, kind);
    const ids = byContent.get(key);
    if (ids === undefined) byContent.set(key, [item.id]);
    else ids.push(item.id);
  }
  const disputed = new Set<string>();
  const added: T[] = [];
  for (const item of b) {
    const key = contentOf(item, kind);
    const same = byId.get(item.id);
    if (same !== undefined) {
      if (contentOf(same, kind) === key) {
        duplicates.push({ code: "duplicate-id", kept: item.id, dropped: item.id, message: `${kind} "${item.id}" is in both ledgers, the same` });
      } else {
        disputed.add(item.id);
        conflicts.push({ code: "conflicting-entry", message: `${kind} "${item.id}" differs between the ledgers (${differences(same, item)}); both versions are left out`, a: same, b: item });
      }
      continue;
    }
    const ids = byContent.get(key);
    const kept = ids?.shift();
    if (kept !== undefined) {
      duplicates.push({ code: "duplicate-content", kept, dropped: item.id, message: `${kind} "${item.id}" of b says what "${kept}" of a says` });
      continue;
    }
    added.push(item);
  }
  return [...a.filter((item) => !disputed.has(item.id)), ...added];
}

/**
 * Two ledgers between the same parties as one. An entry of `b` already in
 * `a` is kept once: with the same id and content (`duplicate-id`), or with
 * another id and the same content, everything but the id alike
 * (`duplicate-content`). An entry whose id is in both with different content
 * is a conflict (`conflicting-entry`): never resolved by choosing one, both
 * versions are left out of the merged ledger and listed, to be settled and
 * merged again. Parties named differently are a `party-name-conflict` (the
 * merged ledger keeps `a`'s name). Valuations merge by the same rules. The
 * entries of `a` come first, then the new ones of `b`, in their order.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger; `duplicate-entry-id` for an id used twice within one; `party-mismatch` for ledgers between different parties.
 * @example
 * const again = mergeLedgers(nisBriefing2025Ledger, nisBriefing2025Ledger);
 * again.ledger.entries.length === nisBriefing2025Ledger.entries.length;
 * //=> true
 * again.duplicates[0]?.code;
 * //=> "duplicate-id"
 */
export function mergeLedgers(a: Ledger, b: Ledger): MergedLedgers {
  try {
    const where = "mergeLedgers";
    const x = checkLedger(where, "a", a);
    const y = checkLedger(where, "b", b);
    const duplicates: LedgerDuplicate[] = [];
    const conflicts: LedgerConflict[] = [];
    parties(where, x, y, conflicts);
    const entries = mergeItems("entry", x.entries, y.entries, duplicates, conflicts);
    const valuations = mergeItems("valuation", x.valuations, y.valuations, duplicates, conflicts);
    // Ids cannot repeat: an id of b found in a is never added, and each ledger's ids are unique across entries and valuations,
    // except an entry id of one that is a valuation id of the other: that is a conflict too.
    const entryIds = new Set(entries.map((e) => e.id));
    const clash = valuations.filter((v) => entryIds.has(v.id));
    for (const v of clash) {
      const e = entries.find((item) => item.id === v.id) as LedgerEntry;
      conflicts.push({ code: "conflicting-entry", message: `"${v.id}" is an entry in one ledger and a valuation in the other; both are left out`, a: x.entries.includes(e) ? e : v, b: x.entries.includes(e) ? v : e });
    }
    const out = Object.freeze({
      kind: "ledger",
      parties: x.parties,
      entries: Object.freeze(entries.filter((e) => !clash.some((v) => v.id === e.id))),
      valuations: Object.freeze(valuations.filter((v) => !clash.includes(v))),
    }) as Ledger;
    builtLedgers.add(out);
    return Object.freeze({ ledger: out, duplicates: Object.freeze(duplicates), conflicts: Object.freeze(conflicts) });
  } catch (error) {
    rethrow("mergeLedgers", { a, b }, error);
  }
}
