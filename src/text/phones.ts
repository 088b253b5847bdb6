/**
 * Numbers that dial or locate rather than count: telephone numbers ("+380 44 123 4567", "Tel.
 * 044 123 45 67") and coordinates ("48.5, 37.9").
 * @internal
 */
import { fail, key, tokAt } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import type { Token } from "./tokenize.js";

/** Words before a telephone number. */
const PHONE_WORDS: ReadonlySet<string> = new Set(["tel", "telephone", "phone", "phones", "call", "fax", "mobile", "hotline", "whatsapp", "ph", "dial"]);
/** Words before coordinates. */
const PLACE_WORDS: ReadonlySet<string> = new Set(["coordinates", "coordinate", "coords", "lat", "latitude", "long", "longitude", "gps", "location", "located", "position"]);
/** How many numbers a run of a telephone number may have. */
const RUN = 6;
/** The largest size of a bearing in degrees. */
const DEGREES = 180;

/** Whether the token before `k`, past a "." or ":" ("Tel.", "Phone:"), is one of `words`. */
function wordBefore(c: Ctx, k: number, words: ReadonlySet<string>): boolean {
  const p = key(c, k - 1);
  return words.has(p === "." || p === ":" ? key(c, k - 2) : p);
}

/** Whether token `k` is a number spaced from the token before it: one group of a run "044 123 45 67". */
function spacedNumber(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk?.kind === "num" && !tk.glued;
}

/**
 * The token after a telephone number that the number at `i` is part of, or -1: a run of three or
 * more numbers split only by spaces ("044 123 45 67"), or of two or more after a "+" or a word of
 * a telephone ("+380 44", "Tel. 044 123"), or one long number after either ("+380441234567").
 */
function phoneEnd(c: Ctx, i: number, tk: Token): number {
  let s = i;
  while (s > i - RUN && spacedNumber(c, s) && tokAt(c, s - 1)?.kind === "num") s--;
  let e = i + 1;
  while (e < i + RUN && spacedNumber(c, e)) e++;
  const first = tokAt(c, s) as Token;
  const cue = (key(c, s - 1) === "+" && first.glued) || wordBefore(c, s, PHONE_WORDS);
  const n = e - s;
  if (n >= 3 || (n === 2 && cue)) return e;
  return n === 1 && cue && tk.num.plain && tk.num.digits >= 7 ? e : -1;
}

/** Whether a number is a degree of a coordinate: a decimal within 180. */
function isDegree(tk: Token | undefined): boolean {
  return tk?.kind === "num" && !Number.isInteger(tk.num.value) && tk.num.value <= DEGREES;
}

/** Whether the number at `i` is one of a pair of coordinates after a word of place: "Coordinates 48.5, 37.9". */
function isCoordinate(c: Ctx, i: number, tk: Token): boolean {
  if (!isDegree(tk)) return false;
  const first = key(c, i + 1) === "," && isDegree(tokAt(c, i + 2)) ? i : key(c, i - 1) === "," && isDegree(tokAt(c, i - 2)) ? i - 2 : -1;
  return first >= 0 && wordBefore(c, first, PLACE_WORDS);
}

/**
 * Why the number at `i` is no count: part of a telephone number or of coordinates (a
 * `designation` that skips the whole of it); undefined for neither. Looks further only next to
 * another number or a "+", so most figures cost a token test or two.
 * @internal
 */
export function phoneOrPlace(c: Ctx, i: number, tk: Token, prev: Token): Fail | undefined {
  const next = tokAt(c, i + 1);
  if (prev.kind === "num" || next?.kind === "num" || prev.key === "+" || (tk.num.plain && tk.num.digits >= 7)) {
    const end = phoneEnd(c, i, tk);
    if (end >= 0) return fail("designation", end);
  }
  if ((next?.key === "," || prev.key === ",") && isCoordinate(c, i, tk)) return fail("designation", i + 3);
  return undefined;
}
