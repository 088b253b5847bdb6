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
