import { canStart, context, isFail, matchAt, withText } from "../_lib/quantity-match.js";
import { FogcountError } from "../errors.js";
import { tableFor } from "./parse.js";
import type { ParseEstimateOptions } from "./parse.js";
import type { Estimate } from "./schema.js";

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
  const c = context(text, table, false);
  const opts = { unit: options.unit ?? "unknown" };
  const out: ExtractedEstimate[] = [];
  let i = 0;
  while (i < c.toks.length) {
    if (!canStart(c, i)) {
      i++;
      continue;
    }
    const m = matchAt(c, i, opts);
    if (m === undefined) i++;
    else if (isFail(m)) i = Math.max(i + 1, m.skip);
    else {
      out.push(withText(c, m));
      i = m.end;
    }
  }
  return out;
}
