/**
 * Places in a document: named in lower case without a full stop, or in the plural ("paras
 * 12-14", "paragraphs 12-14", "fn 12", "see note 12"), or abbreviated before a full stop ("pp.
 * 12-14", "Sec. 4"). They locate text; they count nothing.
 * @internal
 */
import { fail, key, tokAt } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import { isMarkerWord } from "./markers.js";
import type { Core } from "./ranges.js";

/** Nouns of a place in a document that name the bare number after them in any case: "paras 12-14", "fn 12". */
const LOCATOR_NOUNS: ReadonlySet<string> = new Set([
  "paras", "paragraphs", "para", "paragraph", "fn", "fns", "footnotes", "footnote", "endnote", "endnotes", "pp", "annexes", "appendices",
]);
/** Nouns that name a place in a document only after a word that points to one: "see note 12", "(note 12)", "in note 12"; "officials note 300 died" counts. */
const NOTE_NOUNS: ReadonlySet<string> = new Set(["note", "notes"]);
/** Words before "note" that make it a note of a document. */
const POINTERS: ReadonlySet<string> = new Set(["see", "cf", "(", "[", "in", "at", "under", "per"]);

/**
 * The failure that skips a bare number or a range of bare numbers at `i` (its figure `cr`, the
 * phrase ending at `end`, no unit read with it) named by a noun of a place in a document:
 * "See paras 12-14", "paragraphs 12-14", "fn 12", "See note 12", or a marker of a place on a
 * road or line: "At km 45, 300 troops", "at mile 12 300 troops", and with a noun after it when
 * a preposition of place stands before the marker: "At km 45 troops were waiting" (`designation`). Undefined
 * for anything else: "note" with no word pointing to a document before it is a verb ("Officials
 * note 300 died"). @internal
 */
export function locatorFail(c: Ctx, i: number, cr: Core, unnamed: boolean, end: number): Fail | undefined {
  // "At km 45 troops were waiting": the number after a marker of place is a place, whatever noun follows it
  if (!unnamed && cr.high === undefined && cr.low.plainInt && isPlaceAfterMarker(c, i)) return fail("designation", end);
  if (!unnamed || !cr.low.plainInt || (cr.high !== undefined && !cr.high.plainInt)) return undefined;
  const noun = tokAt(c, i - 1);
  // glued to a bracket ("(fn 12)") it names a place still; glued to a word or number it is part of a code
  const gluedTo = tokAt(c, i - 2)?.kind;
  if (noun?.kind !== "word" || (noun.glued && (gluedTo === "word" || gluedTo === "num"))) return undefined;
  if (LOCATOR_NOUNS.has(noun.key) || isMarkedPlace(c, i)) return fail("designation", end);
  return NOTE_NOUNS.has(noun.key) && POINTERS.has(key(c, i - 2)) ? fail("designation", end) : undefined;
}

/**
 * Whether the number at `i` is a place marked by the word before it ("At km 45, 300 troops",
 * "at mile 12 300 troops"), which is no unit of a figure before it ("45 km 300", "300 sq km").
 */
function isMarkedPlace(c: Ctx, i: number): boolean {
  return isMarkerWord(key(c, i - 1), key(c, i - 2)) && tokAt(c, i - 2)?.kind !== "num";
}

/** Prepositions of place before a marker that make the number after it a place, whatever noun follows: "at km 45 troops", "near Route 3". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "at", "on", "near", "past", "beyond", "by", "from", "to", "along", "off", "around", "outside", "before", "after", "toward", "towards", "between",
]);

/**
 * Whether the number at `i`, with a noun after it, is a place marked by the word before it: the
 * marker after a preposition of place ("At km 45 troops", "at mile 12 soldiers", "near Route 3
 * refugees") or opening its sentence with a capital ("Route 3 refugees"). After anything else the
 * marker word may be no marker and the figure counts: "Within a mile 300 troops were killed", "At
 * the junction 300 troops waited", "Officials route 300 trucks a day".
 */
function isPlaceAfterMarker(c: Ctx, i: number): boolean {
  if (!isMarkedPlace(c, i)) return false;
  const before = tokAt(c, i - 2);
  if (before === undefined || before.key === "." || before.key === ",") return (tokAt(c, i - 1)?.text ?? "") !== key(c, i - 1);
  return before.kind === "word" && PLACE_PREPOSITIONS.has(before.key);
}

/**
 * Abbreviated nouns of a place in a document, before their full stop: "pp. 12-14", "paras. 12-14",
 * "sec. 4", "figs. 3-4", "chap. 3", "fn. 12", "Res. 2334". Those of one letter ("s. 4", "n. 12",
 * "l. 45") only in lower case, as a capital and a full stop may be an initial or end "U.S.".
 */
const ABBREVIATED_LOCATORS: ReadonlySet<string> = new Set([
  "p", "pp", "para", "paras", "art", "arts", "fig", "figs", "ch", "chs", "chap", "vol", "vols", "sec", "secs", "s", "ss",
  "fn", "fns", "n", "nn", "nos", "res", "tab", "app", "ann", "l", "ll", "cl", "pt", "pts", "reg", "annex",
]);

/** Whether the number at `i` follows an abbreviated locator and its full stop ("pp. 12", "Sec. 4"), which no full stop stands before. @internal */
export function isLocator(c: Ctx, i: number): boolean {
  const dot = tokAt(c, i - 1);
  const w = tokAt(c, i - 2);
  if (dot?.key !== "." || !dot.glued || w?.kind !== "word" || !ABBREVIATED_LOCATORS.has(w.key)) return false;
  if (w.key.length === 1 && w.text !== w.key) return false;
  return !(key(c, i - 3) === "." && w.glued);
}
