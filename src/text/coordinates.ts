/**
 * Coordinates: pairs of numbers that locate rather than count ("Coordinates 48.5, 37.9", "a strike
 * at 48.123456, 37.654321", "at 48 37").
 * @internal
 */
import { isVerbOfNamed } from "./casualty-verbs.js";
import { key, tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";
import type { Token } from "./tokenize.js";
import { L_GRID } from "./lex-bits.js";

/** Words that name one degree of a coordinate: "lat 48.12", "lon 37.65". */
const AXIS_WORDS: ReadonlySet<string> = new Set(["lat", "latitude", "lon", "lng", "long", "longitude"]);
/** Words before coordinates. */
const PLACE_WORDS: ReadonlySet<string> = new Set(["coordinates", "coordinate", "coords", "lat", "latitude", "long", "longitude", "gps", "location", "located", "position", "grid", "reference", "ref", "mgrs"]);
/** The largest size of a bearing in degrees. */
const DEGREES = 180;
/** Words of place before coordinates that say less than `PLACE_WORDS`: "seen at 48.5, 37.9", "near 48.52, 37.91". */
const AT_WORDS: ReadonlySet<string> = new Set(["at", "near", "around", "positions"]);
/** The words before a pair of whole numbers that may make it a place: "at 48 37". */
const AT_OR_NEAR: ReadonlySet<string> = new Set(["at", "near"]);
/** The most decimal places of a degree after a word of `AT_WORDS`: "48.5", "48.5213". */
const PLACES = 4;

/** Whether the token before `k`, past a "." or ":" ("Lat.", "Location:"), is a word of place. */
function placeWordBefore(c: Ctx, k: number): boolean {
  const p = key(c, k - 1);
  return PLACE_WORDS.has(p === "." || p === ":" ? key(c, k - 2) : p);
}

/** Whether a number is a degree of a coordinate: a decimal within 180, "38.00" as well as "37.55". */
function isDegree(tk: Token | undefined): boolean {
  return tk?.kind === "num" && (!Number.isInteger(tk.num.value) || places(tk) > 0) && tk.num.value <= DEGREES;
}

/** The decimal places a number is written with: 6 for "37.654321". */
function places(tk: Token): number {
  const dot = tk.text.indexOf(".");
  return dot > 0 ? tk.text.length - dot - 1 : 0;
}

/** Whether the token at `k` is a degree written with one to four decimal places: "48.5", "37.9134". */
function isShortDegree(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (!isDegree(tk)) return false;
  const n = places(tk as Token);
  return n >= 1 && n <= PLACES;
}

/** Whether the token at `k` is a degree with four decimal places or more, as no count is written: "37.6543", "48.123456". */
function isFineDegree(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return isDegree(tk) && places(tk as Token) >= PLACES && key(c, k + 1) !== "%";
}

/** Whether the token at `k` is a whole degree written as bare digits: "48", "37". */
function isWholeDegree(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk?.kind === "num" && tk.num.plain && tk.num.value <= DEGREES;
}

/** Whether a pair of degrees ends its phrase at `k`: no unit, share or third number after it ("48.5, 37.9 and 12.5" is a list). */
function endsPair(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (tk === undefined) return true;
  if (tk.kind === "sym") return tk.key !== "%" && !(tk.key === "," && tokAt(c, k + 1)?.kind === "num");
  if (tk.kind !== "word" || tk.key === "and" || tk.key === "or" || c.t.multipliers.has(tk.key)) return false;
  return trie(c, c.t.units, k) === undefined && tokAt(c, k + 1)?.kind !== "num";
}

/** Whether a list goes on at `k` with a third number: ", 1.4567", "and 1.4567", "or 1.4567". */
function listGoesOn(c: Ctx, k: number): boolean {
  const w = key(c, k);
  return (w === "," || w === "and" || w === "or") && tokAt(c, k + 1)?.kind === "num";
}

/** The first number of a pair of numbers the one at `i` is part of, split by a comma (`comma`) or by a space only; -1 for none. */
function pairFirst(c: Ctx, i: number, comma: boolean): number {
  const step = comma ? 2 : 1;
  const joined = (k: number) => (comma ? key(c, k + 1) === "," || key(c, k + 1) === "/" : tokAt(c, k + 1)?.kind === "num" && tokAt(c, k + 1)?.glued === false);
  if (tokAt(c, i + step)?.kind === "num" && joined(i)) return i;
  return tokAt(c, i - step)?.kind === "num" && joined(i - step) ? i - step : -1;
}

/**
 * Whether a pair of whole numbers after "at" or "near" at `first` is a place: split by a space
 * only ("a strike at 48 37 killed 12"), which no count is written as, or by a comma with the
 * second the subject of a verb with an object ("at 48, 37 killed 12"). "The toll stood at 48, 37
 * of them children" counts.
 */
function wholePair(c: Ctx, first: number, comma: boolean): boolean {
  if (!AT_OR_NEAR.has(key(c, first - 1)) || !isWholeDegree(c, first)) return false;
  const second = comma ? first + 2 : first + 1;
  return isWholeDegree(c, second) && (!comma || isVerbOfNamed(c, second + 1));
}

/**
 * The token after a pair of coordinates that the number at `i` is part of, or -1 for none: after
 * a word of place ("Coordinates 48.5, 37.9"); after "at", "near" or "position" when both have
 * one to four decimal places and nothing after them makes them a list or counts of something
 * ("seen at 48.5, 37.9", "at 48.5, 37.9 killed 12", where "killed" has an object of its own); anywhere when both have four decimal places or more and no third number follows ("48.123456,
 * 37.654321", "48.1234 37.6543"); and the whole pairs of `wholePair`. @internal
 */
export function coordinatesEnd(c: Ctx, i: number, tk: Token): number {
  // a whole number is a degree only after "at" or "near", as the first or the second of its pair
  if (!isDegree(tk) && (!tk.num.plain || tk.num.value > DEGREES || !(AT_OR_NEAR.has(key(c, i - 1)) || AT_OR_NEAR.has(key(c, i - 2)) || AT_OR_NEAR.has(key(c, i - 3))))) return -1;
  // "lat 48.12, lon 37.65": a degree named as one
  if (isDegree(tk) && AXIS_WORDS.has(key(c, key(c, i - 1) === ":" || key(c, i - 1) === "." ? i - 2 : i - 1))) return i + 1;
  const comma = key(c, i + 1) === "," || key(c, i - 1) === "," || key(c, i + 1) === "/" || key(c, i - 1) === "/";
  const first = pairFirst(c, i, comma);
  if (first < 0) return -1;
  const second = comma ? first + 2 : first + 1;
  if (isFineDegree(c, first) && isFineDegree(c, second) && !listGoesOn(c, second + 1)) return second + 1;
  if (!isDegree(tk)) return wholePair(c, first, comma) ? second + 1 : -1;
  if (!isDegree(tokAt(c, second))) return -1;
  // "at 47.84 37.55", "at 47.84 / 37.55": two decimals side by side, or split by a slash, are no count
  if (!comma || key(c, first + 1) === "/") return AT_WORDS.has(key(c, first - 1)) && isShortDegree(c, first) && isShortDegree(c, second) && (endsPair(c, second + 1) || isVerbOfNamed(c, second + 1)) ? second + 1 : -1;
  if (placeWordBefore(c, first)) return second + 1;
  return AT_WORDS.has(key(c, first - 1)) && isShortDegree(c, first) && isShortDegree(c, second) && tokAt(c, second)?.glued === false && (endsPair(c, second + 1) || isVerbOfNamed(c, second + 1)) ? second + 1 : -1;
}

/** Words that name a grid reference: the numbers after them, with its zone and square, are no count. */
export const GRID_WORDS: ReadonlySet<string> = new Set(["grid", "reference", "ref", "mgrs", "utm"]);
/** How many tokens of a reference (its zone, square and earlier digits) may stand between a word of grids and a number. */
const GRID_REACH = 6;

/**
 * The token after the digits of a grid reference named by a word before it ("at grid reference
 * 36U 123 456", "grid ref 36UXA 1234 5678"): the number at `i` stands after "grid", "ref",
 * "reference", "MGRS" or "UTM" with only numbers and codes of capitals and digits between; -1
 * for none.
 */
function namedGridEnd(c: Ctx, i: number): number {
  let j = i - 1;
  for (let k = 0; k < GRID_REACH && j >= 0; k++, j--) {
    const tk = tokAt(c, j) as Token;
    if ((tk.lex & L_GRID) !== 0) {
      // "grid reference", "map ref"; not "the reference 300 troops"
      if ((tk.key === "reference" || tk.key === "ref") && key(c, j - 1) !== "grid" && key(c, j - 1) !== "map") return -1;
      let end = i + 1;
      while (tokAt(c, end)?.kind === "num") end++;
      return end;
    }
    if (tk.kind !== "num" && !/^[0-9A-Z]{1,6}$/.test(tk.text)) return -1;
  }
  return -1;
}

/** A grid zone written against its band letter ("37U") or a square of two capitals ("DQ"). */
const GRID_ZONE = /^\d{1,2}[A-Z]$/;
const GRID_SQUARE = /^[A-Z]{2}$/;

/**
 * The token after the digits of a military grid reference that the number at `i` is part of
 * ("grid 37U DQ 12345 67890"): one or two groups of digits after a square of two capitals that
 * follows a grid zone; -1 for none. @internal
 */
export function gridEnd(c: Ctx, i: number): number {
  const named = namedGridEnd(c, i);
  if (named !== -1) return named;
  const first = tokAt(c, i - 1)?.kind === "num" ? i - 1 : i;
  const square = tokAt(c, first - 1);
  if (square === undefined || !GRID_SQUARE.test(square.text)) return -1;
  const zone = tokAt(c, first - 2);
  const zoneText = zone?.glued === true ? `${tokAt(c, first - 3)?.text ?? ""}${zone.text}` : (zone?.text ?? "");
  if (!GRID_ZONE.test(zoneText)) return -1;
  return tokAt(c, first + 1)?.kind === "num" ? first + 2 : first + 1;
}
