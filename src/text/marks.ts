/**
 * Marks right before a figure: punctuation leaves it as it is, while a mark the
 * reader does not know ("± 3,000", "†1945", "≠ 300") may change what it says.
 * @internal
 */
import { fail, isFail, tokAt } from "./context.js";
import type { Ctx, Fail, Match } from "./context.js";

/**
 * Marks that may stand right before a figure without changing what it says:
 * brackets, quotation marks, the punctuation of sentences and lists, the "+"
 * of a daily change ("(+1,270)"), and the invisible marks of text direction.
 * Marks the phrase table reads ("~", "≈", ">", "≥", "$") are read with the
 * figure and never stand before it.
 */
const PLAIN_MARKS: ReadonlySet<string> = new Set([
  "(", ")", "[", "]", "{", "}", '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』",
  ",", ".", ";", ":", "!", "?", "¡", "¿", "…", "·", "•", "/", "\\", "&", "*", "_", "|", "=", "+",
  "،", "、", "。", "，", "：", "；", "！", "？", "（", "）",
  "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
]);

const CURRENCY_SIGN = /^\p{Sc}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/**
 * Whether `mark` is an emoji outside the basic plane that says nothing of a figure ("😀",
 * "🚀"), as text from social media puts before one; not the arrows, triangles and charts that
 * may say it rose or fell ("🔺", "🔻", "📉").
 */
function isPictograph(mark: string): boolean {
  const cp = mark.codePointAt(0) as number;
  if (cp < 0x1f000 || (cp >= 0x1f4c8 && cp <= 0x1f4ca) || (cp >= 0x1f53a && cp <= 0x1f53d) || (cp >= 0x1f800 && cp <= 0x1f8ff)) return false;
  return PICTOGRAPH.test(mark);
}

/**
 * Why the figure at `k`, the first token of a phrase, is not read for the mark
 * right before it: a currency sign the table does not know ("฿3,000") is
 * `unknown-currency`, any other mark it does not know ("± 3,000", "†1945",
 * "≠ 300", "▼300") `unknown-symbol`; undefined where no such mark stands there.
 * @internal
 */
export function strayMarkBefore(c: Ctx, k: number): "unknown-currency" | "unknown-symbol" | undefined {
  const tk = tokAt(c, k - 1);
  // "+/- 3,000": the "-" of a margin's sign, not a dash
  if (tk?.kind === "dash" && tokAt(c, k - 2)?.key === "/" && tokAt(c, k - 3)?.key === "+") return "unknown-symbol";
  if (tk === undefined || tk.kind !== "sym" || PLAIN_MARKS.has(tk.key) || isPictograph(tk.key)) return undefined;
  return CURRENCY_SIGN.test(tk.key) ? "unknown-currency" : "unknown-symbol";
}

/**
 * A match, or the failure that skips it whole when a mark the reader does not
 * know stands right before it: "± 3,000 troops" is neither exactly 3,000 nor
 * about 3,000, so no part of it is read.
 * @internal
 */
export function unlessMarked(c: Ctx, m: Match | Fail | undefined): Match | Fail | undefined {
  if (m === undefined || isFail(m)) return m;
  const reason = strayMarkBefore(c, m.first);
  return reason === undefined ? m : fail(reason, m.end);
}
