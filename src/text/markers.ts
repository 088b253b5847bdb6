/**
 * Markers of a place on a road or a line before a number: "km 45", "kilometre 45", "mile 12",
 * "Route 3", "Highway 10". The number after one locates a place; it counts nothing, and a figure
 * after it is a figure of its own ("At km 45 300 troops were waiting": 300 troops).
 * @internal
 */
import { isDigit } from "./chars.js";

/** Words that mark a place by the number after them, in lower case. */
const MARKERS: ReadonlySet<string> = new Set([
  "km", "kilometre", "kilometer", "mile", "milepost", "route", "highway", "hwy", "rte", "motorway", "exit", "junction",
]);

/** Words before a marker word that make it no marker: "300 sq km", "troops en route". */
const UNMARKING: ReadonlySet<string> = new Set(["sq", "square", "en"]);

/** The longest marker word looked back at, and a word before it. */
const LOOK_BACK = 12;

/** Whether a code unit is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The start of the ASCII word that ends at `end` in `units` (its last letter at `end - 1`), at most `LOOK_BACK` letters back. */
function wordStart(units: Uint16Array, end: number): number {
  let k = end;
  while (k > 0 && end - k < LOOK_BACK && isAsciiLetter(units[k - 1] as number)) k--;
  return k;
}

/**
 * Whether the digits at `start` stand right after a marker word and one space ("km 45",
 * "Route 3", "at mile 12"), the word no unit of a figure before it ("45 km 300", "300 sq km 12
 * 000") and no part of "en route". Looks back at most two short words, so reading stays linear.
 * @internal
 */
export function afterMarker(text: string, units: Uint16Array, start: number): boolean {
  if (start < 3 || units[start - 1] !== 32) return false;
  const end = start - 1;
  const from = wordStart(units, end);
  if (from === end || (from > 0 && isAsciiLetter(units[from - 1] as number))) return false;
  if (!MARKERS.has(text.slice(from, end).toLowerCase())) return false;
  // "45 km 300 troops", "45km": the word is the unit of the figure before it
  let k = from;
  while (k > 0 && units[k - 1] === 32) k--;
  if (k > 0 && isDigit(units[k - 1] as number)) return false;
  const before = wordStart(units, k);
  return before === k || !UNMARKING.has(text.slice(before, k).toLowerCase());
}

/** Whether the word `key` (in lower case), after the word `before` (in lower case), marks a place by the number after it. @internal */
export function isMarkerWord(key: string, before: string): boolean {
  return MARKERS.has(key) && !UNMARKING.has(before);
}
