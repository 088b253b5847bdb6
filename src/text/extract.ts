import { canStart, context, isFail, withText } from "./context.js";
import { matchAt } from "./match.js";
import { FogcountError } from "../errors.js";
import { tableFor } from "./parse.js";
import type { ParseEstimateOptions } from "./parse.js";
import type { Estimate } from "../estimate/schema.js";

/** Options for {@link extractEstimates}: the same as for `parseEstimate`. */
export type ExtractEstimatesOptions = ParseEstimateOptions;

/** One quantity found in running text, with its place in the input. */
export interface ExtractedEstimate {
  /** The phrase as written: `input.slice(start, end)`. */
  readonly text: string;
  /** Offset of the phrase in the input, in UTF-16 code units. */
  readonly start: number;
  /** Offset after the phrase. */
  readonly end: number;
  /** The estimate, with `text` set to the phrase. */
  readonly estimate: Estimate;
}

/**
 * Every quantity in running text, in order, as estimates with their offsets.
 * Dates, years, calibres ("152mm"), designations ("KN-23", "Su-35"), ordinals,
 * clock times and durations ("three days") are not quantities and are left
 * out. Never throws on any text; time is linear in its length. The grammar is
 * in the reference page `docs/grammar.md`.
 *
 * @category Parse
 * @throws {FogcountError} `invalid-option` for a locale with no phrase table.
 * @example
 * extractEstimates("An estimated 4,700 soldiers, including approximately 600 deaths, by 2025.");
 * //=> [
 * //   { text: "An estimated 4,700 soldiers", start: 0, end: 27, estimate: { kind: "approx", value: 4700, unit: "person", hedge: "an estimated", text: "An estimated 4,700 soldiers" } },
 * //   { text: "approximately 600 deaths", start: 39, end: 63, estimate: { kind: "approx", value: 600, unit: "person", hedge: "approximately", text: "approximately 600 deaths" } },
 * // ]
 */
export function extractEstimates(text: string, options: ExtractEstimatesOptions = {}): ExtractedEstimate[] {
  const table = tableFor(options);
  if (table === undefined) {
    throw new FogcountError("invalid-option", `extractEstimates: no phrase table for locale ${JSON.stringify(options.locale)}`, {
      locale: options.locale,
    });
  }
  if (typeof text !== "string" || text === "") return [];
  return extractInBlocks(text, table, options.unit ?? "unknown", BLOCK_CHARS);
}

/** The size of the blocks long text is read in, so that memory stays bounded. */
const BLOCK_CHARS = 1 << 13;
/** Tokens kept on each side of a block edge: more than any phrase looks behind or ahead. */
const MARGIN_TOKENS = 64;

/**
 * Reads `text` a block at a time. Each block ends at a space after `blockChars`
 * characters; the next one starts `MARGIN_TOKENS` tokens before where matching
 * stopped, and matching stops `MARGIN_TOKENS` tokens before a block's end, so
 * every phrase is read with the same context as in one pass. Holding one block's
 * tokens at a time keeps the time linear in the length of the text.
 * @internal
 */
export function extractInBlocks(
  text: string,
  table: NonNullable<ReturnType<typeof tableFor>>,
  unit: string,
  blockChars: number,
): ExtractedEstimate[] {
  const opts = { unit };
  const out: ExtractedEstimate[] = [];
  const space = /\s/g;
  let from = 0; // where matching resumes, as an offset in text
  let base = 0; // where the current block starts
  for (let size = blockChars; ; ) {
    space.lastIndex = base + size;
    const end = base + size < text.length ? (space.exec(text)?.index ?? text.length) : text.length;
    const c = context(text.slice(base, end), table, false);
    const last = end === text.length ? c.toks.length : c.toks.length - MARGIN_TOKENS;
    let i = 0;
    while (i < c.toks.length && (c.toks[i] as { start: number }).start + base < from) i++;
    if (i >= last && end < text.length) {
      size *= 2; // too little past the margin to read: take a larger block
      continue;
    }
    size = blockChars;
    while (i < last) {
      if (!canStart(c, i)) {
        i++;
        continue;
      }
      const m = matchAt(c, i, opts);
      if (m === undefined) i++;
      else if (isFail(m)) i = Math.max(i + 1, m.skip);
      else {
        out.push(withText(c, m, base));
        i = m.end;
      }
    }
    if (end === text.length) return out;
    from = i < c.toks.length ? (c.toks[i] as { start: number }).start + base : end;
    base += (c.toks[Math.max(0, Math.min(i, c.toks.length) - MARGIN_TOKENS)] as { start: number } | undefined)?.start ?? end - base;
  }
}
