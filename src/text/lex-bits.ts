/**
 * Bits of the words the modality rules turn on, one bit for the trigger words of each rule
 * that can be passed over: a rule that needs one of its words near the figure is not read
 * where none stands there (see `lexIn`). Each token carries the bits of its key in `lex`.
 * @internal
 */

/** Words of waiting, offering, promising or aiming: "awaiting", "waiting", "offered", "promised", "goal" (modality-awaited). */
export const L_AWAITED = 1 << 0;
/** Words that name a time ahead in a clause: "tomorrow", "next", "coming", "later" (modality-ahead). */
export const L_AHEAD = 1 << 1;
/** The question mark, which makes a sentence a question (modality-sentence). */
export const L_QUESTION = 1 << 2;
/** Words of confirming or doubting that a later clause leaves a report unverified with: "verified", "confirm", "doubt" (modality-unverified-later). */
export const L_UNVERIFIED = 1 << 3;
/** Words of rumour or of a report unverified, before the figure: "rumours", "unconfirmed" (modality-unverified). */
export const L_RUMOUR = 1 << 4;
/** Words of report: "reports", "claims", "figure", "toll" (modality-words' `REPORTS`). */
export const L_REPORT = 1 << 5;
/**
 * Words of refusing an act, and the last words of the refusals of more than one ("ruled out",
 * "turned down", "stopped short"): a refusal of an act before a figure ends at one (modality-sentence).
 */
export const L_REFUSAL = 1 << 6;
/** Words of part or place before a given: "of", "among", "from" (modality-words' `PARTITIVES`). */
export const L_PARTITIVE = 1 << 7;
/** Definite determiners: "the", "these", "those" (modality-words' `DEFINITES`). */
export const L_DEFINITE = 1 << 8;
/** Auxiliaries: "is", "were", "been", "had" (modality-words' `AUXILIARIES`). */
export const L_AUXILIARY = 1 << 9;
/** Adverbs between a figure and its verb: "reportedly", "still" (modality-words' `FIGURE_ADVERBS`). */
export const L_FIGURE_ADVERB = 1 << 10;
/** Words of place or part after a figure: "in", "of", "near" (modality-words' `PREPOSITIONS`). */
export const L_PLACE = 1 << 11;
/** Words of saying: "said", "reports", "told" (modality-words' `SAYS`). */
export const L_SAYS = 1 << 12;
/** Words between a cue and its verb: "to", "also", "be" (modality-words' `BETWEEN`). */
export const L_BETWEEN = 1 << 13;
/** Words that name a grid reference: "grid", "ref", "MGRS" (coordinates). */
export const L_GRID = 1 << 14;
/**
 * Words that open a condition or a clause of time: "if", "unless", "without", "assuming",
 * "provided", "when", "until", "once" (modality-counterfactual, modality-when).
 */
export const L_OPENER = 1 << 15;
