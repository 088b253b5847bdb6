/**
 * Plans said without a verb of planning: the headline infinitive ("US to deploy 3,000 troops",
 * "North Korea to send 10,000 more") and a prospect ("Kyiv is in line to receive 40 tanks",
 * "Kyiv stands to receive 40 tanks", "Russia stands to lose 3,000 troops").
 * @internal
 */
import { isCapitalised, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { BETWEEN, SENTENCE_ENDS } from "./modality-words.js";
import type { Modality } from "./modality.js";

/** How many tokens the subject of a headline may take: "North Korea's army", "U.S.". */
const SUBJECT_REACH = 6;
/** Words that make a preposition with "to", and so no subject of a headline infinitive: "Contrary to reports", "According to officials". */
const BEFORE_TO = new Set(["contrary", "according", "due", "thanks", "owing", "prior", "next", "close", "similar", "compared", "related", "subject", "opposed", "up", "back", "closer", "as", "in", "addition"]);
/** Words of a prospect before "to": "stands to receive", "is in line to get". */
const PROSPECTS = new Set(["stand", "stands", "line"]);

/** Whether a word is read by `prospectAt` when it is a cue. */
export function isProspect(w: string): boolean {
  return PROSPECTS.has(w);
}

/** The verb after the "to" at `to`, past adverbs ("to quickly send"). */
function verbAfterTo(c: Ctx, to: number): string {
  let j = to + 1;
  while (BETWEEN.has(key(c, j)) && key(c, j) !== "be") j++;
  return key(c, j);
}

/** What an infinitive of a plan or a prospect makes of its figure: a plan verb plans it ("to send"), a verb of growth or any other projects it ("to rise to", "to lose"). */
function infinitive(c: Ctx, to: number): Modality {
  return c.t.planVerbs.has(verbAfterTo(c, to)) ? "planned" : "projected";
}

/**
 * What the word of a prospect at `k` makes of the figure: "stands to receive 40 tanks" and "in
 * line to get 40 tanks" plan it, "stands to lose 3,000 troops" projects it; nothing without
 * "to" and a verb ("the toll stands at 3,000", "in line with 3,000").
 */
export function prospectAt(c: Ctx, k: number, m: Match): Modality | undefined {
  if (key(c, k + 1) !== "to" || k + 2 >= m.first || tokAt(c, k + 2)?.kind !== "word") return undefined;
  if (key(c, k) === "line" && key(c, k - 1) !== "in") return undefined;
  return infinitive(c, k + 1);
}

/**
 * What a headline infinitive that opens the sentence after token `k` makes of the figure `m`:
 * a subject of capitalised words, then "to" and a verb ("US to deploy 3,000 troops", "North
 * Korea to send 10,000 more", "Toll to rise to 5,000"), which is how news headlines give an
 * announced plan; undefined for anything else ("Russia moved to deploy 3,000 troops", where
 * the subject has a verb of its own).
 */
export function headlineAt(c: Ctx, k: number, m: Match): Modality | undefined {
  if (k >= 0 && !SENTENCE_ENDS.has(key(c, k)) && key(c, k) !== ":") return undefined;
  // "U.S. to deploy": the full stop of an abbreviation opens no sentence
  if (key(c, k) === "." && tokAt(c, k)?.glued === true) k = abbreviationStart(c, k) - 1;
  let words = 0;
  for (let j = k + 1; j < m.first && j <= k + 1 + SUBJECT_REACH; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined) return undefined;
    // "Contrary to reports of 3,000 deaths", "According to officials": a preposition, not a subject and its plan
    if (tk.key === "to") return words > 0 && !BEFORE_TO.has(key(c, j - 1)) && j + 1 < m.first && tokAt(c, j + 1)?.kind === "word" ? headlineVerb(c, j) : undefined;
    // "U.S.", "Kim's": marks glued inside the subject
    if (tk.kind === "word" && (isCapitalised(tk.text) || tk.glued)) words++;
    else if (!tk.glued) return undefined;
  }
  return undefined;
}

/**
 * Verbs of a headline infinitive whose object is a fact already there: "UN to probe 3,000
 * deaths", "Russia to blame for 3,000 deaths", "Survivors to mark anniversary of 3,000 deaths",
 * "Families to bury 300 victims". What is looked ahead to is the probe or the burial, not the
 * deaths, so the figure is asserted.
 */
const FACT_VERBS = new Set([
  "probe", "investigate", "examine", "review", "study", "document", "blame", "mark", "commemorate", "honour", "honor", "mourn",
  "bury", "rebury", "remember", "exhume", "identify", "compensate", "prosecute", "try", "punish", "avenge", "apologise", "apologize", "answer",
]);

/** What the headline infinitive at `to` makes of its figure: asserted after a verb of `FACT_VERBS`, else as `infinitive` says. */
function headlineVerb(c: Ctx, to: number): Modality {
  return FACT_VERBS.has(verbAfterTo(c, to)) ? "asserted" : infinitive(c, to);
}

/** The first token of an abbreviation whose last full stop is at `k` ("U.S.", "U.K."): back over single capital letters and glued full stops. */
function abbreviationStart(c: Ctx, k: number): number {
  let j = k;
  while (j > 0 && j > k - SUBJECT_REACH && (c.toks[j] as { glued: boolean }).glued) {
    const w = tokAt(c, j - 1);
    if (w === undefined || !(w.key === "." || (w.kind === "word" && w.text.length === 1 && isCapitalised(w.text)))) break;
    j--;
  }
  return j;
}
