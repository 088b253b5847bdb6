/**
 * The `lex` bits of a key (see lex-bits.ts), from the word lists of the rules they gate. The
 * table is built on first use: the lists live in the rules' own modules, which import the
 * tokenizer's modules in turn.
 * @internal
 */
import { L_AHEAD, L_AUXILIARY, L_AWAITED, L_BETWEEN, L_DEFINITE, L_FIGURE_ADVERB, L_GRID, L_OPENER, L_PARTITIVE, L_PLACE, L_QUESTION, L_REFUSAL, L_REPORT, L_RUMOUR, L_SAYS, L_UNVERIFIED } from "./lex-bits.js";
import { AUXILIARIES, BETWEEN, DEFINITES, FIGURE_ADVERBS, PARTITIVES, PREPOSITIONS, REFUSES, REPORTS, SAYS } from "./modality-words.js";
import { GRID_WORDS } from "./coordinates.js";
import { CONDITIONS, LACKS, PROVIDED, SUPPOSES } from "./modality-counterfactual.js";
import { OPENERS, TIMES } from "./modality-when.js";
import { FIGURE_REPORTS } from "./modality-refuted.js";
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
  add(L_REPORT, FIGURE_REPORTS);
  add(L_REFUSAL, [...REFUSES, "out", "down", "short"]);
  add(L_PARTITIVE, PARTITIVES);
  add(L_DEFINITE, DEFINITES);
  add(L_AUXILIARY, AUXILIARIES);
  add(L_FIGURE_ADVERB, FIGURE_ADVERBS);
  add(L_PLACE, PREPOSITIONS);
  add(L_SAYS, SAYS);
  add(L_BETWEEN, BETWEEN);
  add(L_GRID, GRID_WORDS);
  for (const words of [CONDITIONS, SUPPOSES, LACKS, PROVIDED, TIMES, OPENERS]) add(L_OPENER, words);
  return t;
}

/** The `lex` bits of a token's key: 0 for a word no gated rule turns on. @internal */
export function lexOf(key: string): number {
  table ??= build();
  return table.get(key) ?? 0;
}
