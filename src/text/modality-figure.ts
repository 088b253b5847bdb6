/**
 * What the shape of a figure's own phrase makes of the modality its clause gives it: a count
 * of votes is a tally, not the content of a plan ("approved by 311 votes to 112").
 * @internal
 */
import { key } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { VOTES } from "./modality-words.js";
import type { Modality } from "./modality.js";

/**
 * Whether a match counts votes: followed by "votes" ("by 311 votes to 112") or after "a vote
 * of" ("by a vote of 311 to 112"). Parliamentary reporting gives the division this way; the
 * figure says how a vote went, not what the vote decided.
 */
export function isTally(c: Ctx, m: Match): boolean {
  return VOTES.has(key(c, m.end)) || (key(c, m.first - 1) === "of" && VOTES.has(key(c, m.first - 2)));
}

/**
 * The modality of a match once its own phrase is read: a tally read as a plan ("the motion was
 * approved by 311 votes") is asserted, since the plan is what was voted on, not the count.
 */
export function figureModality(c: Ctx, m: Match, found: Modality): Modality {
  if (found === "planned" && isTally(c, m)) return "asserted";
  return found;
}
