/**
 * The unit noun after a number: "troops", "shells", "US dollars".
 * @internal
 */
import { singularNoun } from "../_lib/nouns.js";
import { glued, tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";
import { rate } from "./rates.js";
import type { Token } from "./tokenize.js";

export interface Unit {
  readonly unit?: string;
  readonly currency?: string;
  readonly rate?: string;
  readonly end: number;
  readonly duration?: boolean;
}

export const OF_DETERMINERS = new Set(["the", "its", "their", "these", "those", "all", "his", "her", "our"]);

/** The unit noun after a number, looking past at most three words ("4,700 North Korean soldiers"). */
export function unitAfter(c: Ctx, j: number): Unit {
  const { t } = c;
  let k = j;
  let skipped = 0;
  let adverb: string | undefined;
  let lastWord = -1;
  for (let steps = 0; steps < 8; steps++) {
    const tk = tokAt(c, k);
    if (tk === undefined) break;
    if (tk.kind === "dash" && tk.glued && k > j && tokAt(c, k + 1)?.kind === "word" && glued(c, k + 1)) {
      k++;
      continue;
    }
    if (tk.kind !== "word") break;
    if (t.time.has(tk.key)) return { end: j, duration: true };
    const u = trie(c, t.units, k);
    if (u !== undefined) return { unit: u.value, end: u.end, ...(adverb === undefined ? {} : { rate: adverb }) };
    const n = trie(c, t.names, k);
    if (n !== undefined && skipped === 0) return { currency: n.value, end: n.end };
    const adv = t.adverbs.get(tk.key);
    if (adv !== undefined) adverb = adv;
    else if (t.stop.has(tk.key) || t.numberWords.has(tk.key) || t.multipliers.has(tk.key) || t.months.has(tk.text)) break;
    if (++skipped > 3) break;
    lastWord = k;
    k++;
  }
  // a single phrase may name a unit the table does not know: "12 howitzers" (a plural noun,
  // not "3,000 more" or "5,000 Russian")
  if (c.phrase && lastWord >= 0 && adverb === undefined && (k >= c.toks.length || rate(c, k) !== undefined)) {
    const word = (c.toks[lastWord] as Token).text;
    if (lastWord === k - 1) return singularNoun(word) !== word.toLowerCase() ? { unit: singularNoun(word), end: k } : { end: k };
  }
  return { end: j };
}

