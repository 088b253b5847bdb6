import { rethrow } from "../_lib/guard.js";
import type { Estimate } from "../estimate/schema.js";
import { fail } from "../_lib/assert.js";
import { canStart, context, isFail } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { matchAt } from "./match.js";
import { isCoordinated, modalityOf, opensClause, ownsVerb, readAfter } from "./modality.js";
import type { Modality } from "./modality.js";
import { readOptions } from "./parse.js";
import type { ParseEstimateOptions } from "./parse.js";
import type { PhraseTable } from "./phrases/types.js";
import { isSpace } from "./chars.js";
import type { Token } from "./tokenize.js";

/** Options for {@link extractEstimates}: the same as for `parseEstimate`. */
export type ExtractEstimatesOptions = ParseEstimateOptions;

export type { Modality };

/** One quantity found in running text, with its place in the input and what it is doing there. */
export interface ExtractedEstimate {
  /** The phrase as written: `input.slice(start, end)`. */
  readonly text: string;
  /** Offset of the phrase in the input, in UTF-16 code units. */
  readonly start: number;
  /** Offset after the phrase. */
  readonly end: number;
  /** The estimate, with `text` set to the phrase: what `parseEstimate(text)` reads. */
  readonly estimate: Estimate;
  /**
   * What the figure is doing in its sentence: `"asserted"`, `"negated"` ("it's
   * not 300,000"), `"planned"` ("decided to send 12,000"), `"projected"`
   * ("could reach 2 million") or `"potential"` ("potentially millions").
   */
  readonly modality: Modality;
  /** The figure adds to an earlier one: "another 1,000", "an additional 3,000", "3,000 more". */
  readonly increment: boolean;
  /**
   * The sentence says the figure was replaced by a later one for the same thing, with a word of
   * revision or correction: 2,500 in "The toll is 4,000 (revised from 2,500)", "revised from
   * 2,500 to 4,000", "4,000, corrected from an earlier 2,500", "an earlier estimate of 2,500 has
   * been revised to 4,000", "revised its figure of 4,000, putting the number at 6,000", "The new
   * count, 450, replaces the earlier 300", "The toll, which officials first put at 300, now
   * stands at 450", "corrected its count of 300 tanks destroyed to 250", "raised its estimate of
   * 10,000 by 2,000" (the 2,000 an increment; after "cut" or "revised" the size is refused), "revised
   * its estimate of 10,000 to 12,000" (no range: 10,000 replaced, 12,000 the level), "scaled
   * back its plan from 5,000 troops to 3,000" (5,000 planned and replaced). An earlier value of a
   * series ("up from 2,500 last week") is not, nor a level that changed ("raised its force of
   * 10,000 by 2,000": 10,000 asserted, 2,000 an increment).
   */
  readonly superseded: boolean;
}

/**
 * Every quantity in running text, in order, as estimates with their offsets,
 * what each is doing in its sentence (`modality`), whether it adds to an
 * earlier figure (`increment`) and whether the sentence says it was replaced by
 * a later one (`superseded`: "revised from 2,500"). Dates, years, calibres ("152mm"),
 * designations ("KN-23", "Su-35"), ordinals, clock times and durations
 * ("three days") are not quantities and are left out; so is any figure the
 * grammar can read only in part ("about 1,2 million", "−300", "5 quadrillion"):
 * it is skipped whole, never read as its readable half. Every span's estimate
 * is what `parseEstimate` reads from the span's text. Never throws on any
 * text; time is linear in its length. The grammar and the modality rules are
 * in the reference page `docs/grammar.md`.
 *
 * @category Parse
 * @throws {FogcountError} `invalid-option` for options that are not an object, a locale with no phrase table, a unit that is not text, or a phrase table that is not one; `invalid-argument` for text that is not a string.
 * @example
 * extractEstimates("An estimated 4,700 soldiers, including approximately 600 deaths, by 2025.");
 * //=> [
 * //   { text: "An estimated 4,700 soldiers", start: 0, end: 27, estimate: { kind: "approx", value: 4700, unit: "person", hedge: "an estimated", text: "An estimated 4,700 soldiers" }, modality: "asserted", increment: false, superseded: false },
 * //   { text: "approximately 600 deaths", start: 39, end: 63, estimate: { kind: "approx", value: 600, unit: "person", hedge: "approximately", text: "approximately 600 deaths" }, modality: "asserted", increment: false, superseded: false },
 * // ]
 * extractEstimates("Pyongyang decided to send another 3,000 troops.").map((e) => [e.text, e.modality, e.increment]);
 * //=> [["another 3,000 troops", "planned", true]]
 * extractEstimates("The toll is 4,000 (revised from 2,500).").map((e) => [e.text, e.superseded]);
 * //=> [["4,000", false], ["2,500", true]]
 */
export function extractEstimates(text: string, options?: ExtractEstimatesOptions): ExtractedEstimate[] {
  try {
    const { table, locale, unit } = readOptions("extractEstimates", options);
    if (table === undefined) fail("extractEstimates", "options.locale", "has no phrase table", locale, "invalid-option");
    if (typeof text !== "string") fail("extractEstimates", "text", "must be a string", text);
    return text === "" ? [] : extractInBlocks(text, table, unit, BLOCK_CHARS);
  } catch (error) {
    rethrow("extractEstimates", { text, options }, error);
  }
}

/** The size of the blocks long text is read in, so that memory stays bounded. */
const BLOCK_CHARS = 1 << 13;
/** Tokens kept on each side of a block edge: more than any phrase looks behind or ahead. */
const MARGIN_TOKENS = 64;
/** How far past a block's size to look for a space to end it at. */
const SPACE_REACH = 256;

/**
 * Where a block that should end near `at` ends: at the first separator
 * (whitespace or a zero-width space) within reach, else at `at` itself, on a
 * code point boundary. Tokens cut at the edge are re-read whole by the next
 * block, which starts well before the edge.
 * @internal
 */
export function blockEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const stop = Math.min(text.length, at + SPACE_REACH);
  for (let k = at; k < stop; k++) if (isSpace(text.charCodeAt(k))) return k;
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}

/** The span of a match, with what it is doing in its sentence. `prev` is the last span found. */
function span(c: Ctx, m: Match, base: number, prev: ExtractedEstimate | undefined): ExtractedEstimate {
  const own = modalityOf(c, m);
  // a plan or a projection runs on through a list; a denial does not ("not 12,000 troops, only 3,000")
  // "will send 5,000 troops and 3,000 troops died": a figure with a verb of its own opens a clause of its own
  const joined = own === "asserted" && prev !== undefined && prev.modality !== "negated" && isCoordinated(c, m.first, prev.end - base) && !ownsVerb(c, m.end);
  const modality = joined ? prev.modality : own;
  // the fields of `withText`, read here without the record it makes
  const start = (c.toks[m.first] as Token).start + base;
  const end = (c.toks[m.end - 1] as Token).end + base;
  return { estimate: m.estimate, start, end, text: m.estimate.text as string, modality, increment: m.increment, superseded: m.superseded };
}

/**
 * Pushes the span of `m` onto `out`. A run of asserted figures right before it, joined to it by
 * coordination alone and opening their clause, takes the modality the verb after it gives:
 * "5,000 troops and 200 tanks would be sent" plans both, "Russia lost 5,000 troops, and 200
 * tanks would be sent" only the tanks. `firsts` holds the first token of each span of the block,
 * which begins at index `from` of `out`.
 */
function pushSpan(c: Ctx, m: Match, base: number, out: ExtractedEstimate[], firsts: number[], from: number): void {
  // no read of `out[-1]` when `out` is empty: a negative index is a property name looked up the prototype chain, which is slow
  const s = span(c, m, base, out.length > 0 ? out[out.length - 1] : undefined);
  if (s.modality !== "asserted" && out.length > from && readAfter(c, m)) {
    let k = out.length - 1;
    let next = m.first;
    const run: number[] = [];
    for (; k >= from && (out[k] as ExtractedEstimate).modality === "asserted" && isCoordinated(c, next, (out[k] as ExtractedEstimate).end - base); k--) {
      run.push(k);
      next = firsts[k - from] as number;
    }
    if (run.length > 0 && opensClause(c, next)) for (const j of run) out[j] = { ...(out[j] as ExtractedEstimate), modality: s.modality };
  }
  out.push(s);
  firsts.push(m.first);
}

/**
 * Reads `text` a block at a time. Each block ends at a separator after
 * `blockChars` characters (or at any character where none is near); the next
 * one starts `MARGIN_TOKENS` tokens before where matching stopped, and
 * matching stops `MARGIN_TOKENS` tokens before a block's end, so every phrase
 * is read with the same context as in one pass. Holding one block's tokens at
 * a time keeps the time linear in the length of the text.
 * @internal
 */
export function extractInBlocks(text: string, table: PhraseTable, unit: string, blockChars: number): ExtractedEstimate[] {
  const opts = { unit };
  const out: ExtractedEstimate[] = [];
  let from = 0; // where matching resumes, as an offset in text
  let base = 0; // where the current block starts
  for (let size = blockChars; ; ) {
    const end = blockEnd(text, base + size);
    const c = context(text.slice(base, end), table, false);
    const last = end === text.length ? c.toks.length : c.toks.length - MARGIN_TOKENS;
    let i = 0;
    while (i < c.toks.length && (c.toks[i] as { start: number }).start + base < from) i++;
    if (i >= last && end < text.length) {
      size *= 2; // too little past the margin to read: take a larger block
      continue;
    }
    size = blockChars;
    const blockFrom = out.length;
    const firsts: number[] = [];
    while (i < last) {
      const m = canStart(c, i) ? matchAt(c, i, opts) : undefined;
      if (m === undefined) i++;
      else if (isFail(m)) i = Math.max(i + 1, m.skip);
      else {
        pushSpan(c, m, base, out, firsts, blockFrom);
        i = m.end;
      }
    }
    if (end === text.length) return out;
    from = i < c.toks.length ? (c.toks[i] as { start: number }).start + base : end;
    base += (c.toks[Math.max(0, Math.min(i, c.toks.length) - MARGIN_TOKENS)] as { start: number } | undefined)?.start ?? end - base;
  }
}
