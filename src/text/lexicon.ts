/**
 * The `lex` bits of a key (see lex-bits.ts), from the word lists of the rules they gate. The
 * table is built on first use: the lists live in the rules' own modules, which import the
 * tokenizer's modules in turn.
 * @internal
 */
import { L_AHEAD, L_AWAITED, L_QUESTION, L_REPORT, L_RUMOUR, L_UNVERIFIED } from "./lex-bits.js";
import { REPORTS } from "./modality-words.js";
import { RUMOUR_WORDS } from "./modality-unverified.js";
import { AWAITED_WORDS } from "./modality-awaited.js";
import { AHEAD_WORDS } from "./modality-ahead.js";
import { UNVERIFIED_WORDS } from "./modality-unverified-later.js";

let table: Map<string, number> | undefined;

/** The table of every gated word and its bits. */
function build(): Map<string, number> {
  const t = new Map<string, number>();
  const add = (bit: number, words: Iterable<string>): void => {
    for (const w of words) t.set(w, (t.get(w) ?? 0) | bit);
  };
  add(L_AWAITED, AWAITED_WORDS);
  add(L_AHEAD, AHEAD_WORDS);
  add(L_QUESTION, ["?"]);
  add(L_UNVERIFIED, UNVERIFIED_WORDS);
  add(L_RUMOUR, RUMOUR_WORDS);
  add(L_REPORT, REPORTS);
  return t;
}

/** The `lex` bits of a token's key: 0 for a word no gated rule turns on. @internal */
export function lexOf(key: string): number {
  table ??= build();
  return table.get(key) ?? 0;
}
