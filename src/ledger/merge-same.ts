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
 * sources and evidence. A period with an unknown end (`2024/`) may overlap
 * one that begins later: they are flagged, and the message says that whether
 * they overlap turns on a day not known. A total of the merged ledger counts
 * each; a reader should look, and drop the ones that are one transfer and
 * merge again.
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

/**
 * The days a period may reach, and the days it surely covers, widened by its
 * qualifiers, as times. An open end (`..`) is no end: it reaches, and covers,
 * every day on its side. An unknown end (nothing: `2024/`) is a day not known:
 * the period may reach every day on its side, but surely covers none past its
 * dated end (as `overlapsPeriod` reads it, an interval from 2024 may end on
 * its first day). `unknown` says that the period has such an end.
 */
interface Span {
  readonly reach: readonly [number, number];
  readonly sure: readonly [number, number];
  readonly unknown: boolean;
}

/** The first and last day a period allows, widened by its qualifiers, as times: what it may reach and what it surely covers. */
function spanOf(period: string, cache: Map<string, Span>): Span {
  let span = cache.get(period);
  if (span === undefined) {
    const read = parsePeriod(period);
    const [start, end] = read.ok ? periodRange(read.value, { hemisphere: "north", qualifiers: "widen" }) : [null, null];
    const ends = read.ok && read.value.kind === "interval" ? [read.value.start.kind, read.value.end.kind] : [];
    const reach = [start === null ? -Infinity : start.getTime(), end === null ? Infinity : end.getTime()] as const;
    // an unknown end surely reaches no further than the dated end of its interval
    const sure = [ends[0] === "unknown" ? reach[1] : reach[0], ends[1] === "unknown" ? reach[0] : reach[1]] as const;
    span = { reach, sure, unknown: ends.includes("unknown") };
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

const KEPT = "each is kept, and a total counts each; drop all but one if they are one transfer";

/** The words of a possible duplicate: its entries, and whether their periods overlap or may (an unknown end leaves it open). */
function messageOf(ids: readonly string[], unknown: readonly Spanned[]): string {
  const names = ids.map((id) => `"${id}"`).join(", ");
  const same = "of different ledgers may tell one transfer (the same from, to, category, stage and item";
  if (unknown.length === 0) return `entries ${names} ${same}, in overlapping periods): ${KEPT}`;
  const ends = unknown.map((s) => `"${s.told.id}" (${s.told.item.period})`).join(", ");
  return `entries ${names} ${same}, in periods that may overlap: whether they do turns on a day not known, the unknown end of ${ends}): ${KEPT}`;
}

/** The entries of a run whose unknown ends its overlaps turn on: none when the days their periods surely cover join it already. */
function turnsOn(run: readonly Told[], spans: ReadonlyMap<string, Span>): Spanned[] {
  const spanned = run.map((told) => ({ told, span: spans.get(told.item.period) as Span }));
  if (!spanned.some((s) => s.span.unknown)) return [];
  const sure = spanned.map(({ told, span }) => ({ told, start: span.sure[0], end: span.sure[1] }));
  if (overlapping(sure).length === 1) return [];
  return spanned.filter((s) => s.span.unknown).map(({ told, span }) => ({ told, start: span.reach[0], end: span.reach[1] }));
}

/**
 * Kept entries of different ledgers that may tell one transfer: `possible-duplicate`, each kept, sorted by first id.
 * Never one that nobody saw: it is in no total. Periods whose overlap turns on an unknown end (`2024/`) may
 * overlap, and are flagged so, in words that say so. @internal
 */
export function sameTransfers(kept: readonly Told[]): LedgerPossibleDuplicate[] {
  const groups = new Map<string, Spanned[]>();
  const spans = new Map<string, Span>();
  for (let i = 0; i < kept.length; i++) {
    const told = kept[i] as Told;
    const e = told.item;
    if (e.evidence === "none-observed") continue;
    const key = [e.from, e.to, e.category, e.stage, wordsOf(e.item)].join("\u0000");
    const [start, end] = spanOf(e.period, spans).reach;
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
      out.push({ code: "possible-duplicate", ids, message: messageOf(ids, turnsOn(run, spans).sort((x, y) => byText(x.told.id, y.told.id))) });
    }
  }
  return out.sort((x, y) => byText(x.ids[0] as string, y.ids[0] as string));
}
