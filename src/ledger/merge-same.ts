// Entries of different ledgers that may tell one transfer: the same ends,
// category, stage and item, in periods that overlap, whatever their figures.
// Found by grouping on that key and sweeping each group's periods in order,
// so that it costs a sort, never a comparison of every pair. Not exported
// from the package.

import { keyText } from "../claim/indicator-key.js";
import { periodRange } from "../time/bounds.js";
import { parsePeriod } from "../time/edtf.js";
import type { LedgerMergeCode } from "./codes.js";
import type { LedgerEntry } from "./schema.js";
import { byText } from "./summary-shape.js";

/**
 * Entries of different ledgers that may tell one transfer, kept each (the
 * ledgers cannot say whether they are one): from and to the same parties,
 * in the same category and at the same stage, with the same item (whatever
 * its case, spacing and Unicode encoding), in periods that overlap, whatever their figures,
 * sources and evidence. A total of the merged ledger counts each; a reader
 * should look, and drop the ones that are one transfer and merge again.
 */
export interface LedgerPossibleDuplicate {
  readonly code: Extract<LedgerMergeCode, "possible-duplicate">;
  /** Their ids, sorted: two or more, of two ledgers or more. */
  readonly ids: readonly string[];
  readonly message: string;
}

/** An entry kept by the merge, and the ledgers it was found in. @internal */
export interface Told {
  readonly id: string;
  readonly item: LedgerEntry;
  readonly ledgers: readonly number[];
}

interface Spanned {
  readonly told: Told;
  readonly start: number;
  readonly end: number;
}

/** The item as a reader compares it: lowercase, its runs of white space one space, in Unicode normalization form C (lowercasing may leave it otherwise). */
const wordsOf = (item: string): string => keyText(item.toLowerCase().replace(/\s+/g, " "));

/** The first and last day a period allows, widened by its qualifiers, as times; an open end is infinite. */
function spanOf(period: string, cache: Map<string, readonly [number, number]>): readonly [number, number] {
  let span = cache.get(period);
  if (span === undefined) {
    const read = parsePeriod(period);
    const [start, end] = read.ok ? periodRange(read.value, { hemisphere: "north", qualifiers: "widen" }) : [null, null];
    span = [start === null ? -Infinity : start.getTime(), end === null ? Infinity : end.getTime()];
    cache.set(period, span);
  }
  return span;
}

/** The runs of a group whose periods overlap, one after another: sorted by start, a run goes on while the next starts by its latest end. */
function overlapping(group: Spanned[]): Told[][] {
  group.sort((x, y) => x.start - y.start || byText(x.told.id, y.told.id));
  const runs: Told[][] = [];
  let run: Told[] = [];
  let end = -Infinity;
  for (let i = 0; i < group.length; i++) {
    const s = group[i] as Spanned;
    if (run.length > 0 && s.start > end) (runs.push(run), (run = []), (end = -Infinity));
    run.push(s.told);
    end = Math.max(end, s.end);
  }
  runs.push(run);
  return runs;
}

/**
 * Whether two entries of a run were told by ledgers apart (no ledger holds
 * both: entries of one ledger are separate transfers). Compares each
 * distinct set of ledgers once; past 64 sets (ledgers told in many ways),
 * assumes so, as a reader should look then anyway.
 */
function apart(run: readonly Told[]): boolean {
  const sets = [...new Set(run.map((t) => [...t.ledgers].sort((x, y) => x - y).join(" ")))].map((key) => new Set(key.split(" ")));
  if (sets.length > 64) return true;
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (![...(sets[i] as Set<string>)].some((l) => (sets[j] as Set<string>).has(l))) return true;
  return false;
}

const MESSAGE = "of different ledgers may tell one transfer (the same from, to, category, stage and item, in overlapping periods): each is kept, and a total counts each; drop all but one if they are one transfer";

/** Kept entries of different ledgers that may tell one transfer: `possible-duplicate`, each kept, sorted by first id. Never one that nobody saw: it is in no total. @internal */
export function sameTransfers(kept: readonly Told[]): LedgerPossibleDuplicate[] {
  const groups = new Map<string, Spanned[]>();
  const spans = new Map<string, readonly [number, number]>();
  for (let i = 0; i < kept.length; i++) {
    const told = kept[i] as Told;
    const e = told.item;
    if (e.evidence === "none-observed") continue;
    const key = [e.from, e.to, e.category, e.stage, wordsOf(e.item)].join("\u0000");
    const [start, end] = spanOf(e.period, spans);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [{ told, start, end }]);
    else group.push({ told, start, end });
  }
  const out: LedgerPossibleDuplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const run of overlapping(group)) {
      if (run.length < 2 || !apart(run)) continue;
      const ids = run.map((t) => t.id).sort(byText);
      out.push({ code: "possible-duplicate", ids, message: `entries ${ids.map((id) => `"${id}"`).join(", ")} ${MESSAGE}` });
    }
  }
  return out.sort((x, y) => byText(x.ids[0] as string, y.ids[0] as string));
}
