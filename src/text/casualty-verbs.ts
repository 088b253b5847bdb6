/**
 * Participles that count people after a figure ("12 killed") and are verbs with an object after
 * a name or a place ("unit 29155 killed 3", "at 48, 37 killed 12").
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";

/** Participles that are unit nouns after a count ("12 killed") and verbs after a name ("unit 29155 killed 3"). */
const CASUALTY_VERBS: ReadonlySet<string> = new Set(["killed", "wounded", "injured", "captured", "shot", "attacked", "detained", "evacuated"]);
/** Words after such a verb that end its clause: "in the building 12 killed and 30 wounded" counts. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(["and", "or", "in", "by", "on", "at", "when", "as", "after", "during", "while", ""]);

/**
 * Whether the word at `k`, after a labelled number, is a verb with an object, not the number's
 * unit noun: "building 7 killed 12", "unit 29155 wounded three soldiers"; not "12 killed and 30
 * wounded", "12 killed." or "12 killed in the strike". @internal
 */
export function isVerbOfNamed(c: Ctx, k: number): boolean {
  if (!CASUALTY_VERBS.has(key(c, k))) return false;
  const next = tokAt(c, k + 1);
  return next !== undefined && (next.kind === "num" || (next.kind === "word" && !CLAUSE_ENDS.has(next.key)));
}
