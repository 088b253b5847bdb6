/**
 * Figures that measure a change rather than a level: the size of a rise ("rose by 1,500",
 * "raised the toll by 200", "up 20%"), the size of a fall ("revised down by 3,000", "cut the
 * force by a third"), and the level a change ends at ("to 1,500", which no range joins to the
 * size before it).
 * @internal
 */
import { hasRole, isCapitalised, key, mayHave, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import type { Lead } from "./bounds.js";
import type { Token } from "./tokenize.js";
import { BEFORE_FIGURE, CHANGE } from "./roles.js";
import { DEFINITES } from "./modality-words.js";
import { endsAtLevel, revisionVerbOfBy } from "./superseded-by.js";

/**
 * Words that may stand between a verb of change and its "by" or "from": the determiners and
 * possessives of its object ("raised the toll by 200", "increased its estimate by 2,000",
 * "raised the death toll from the quake by 15,676"). Any other word of the stop list ("on",
 * "in", "at", "and") ends the object, so that "increased attacks on towns hit by 200 drones"
 * finds no verb of change before "by".
 */
const OBJECT_WORDS = new Set(["the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an", "of", "from", "for", "last", "previous"]);
/** Participles that stand as adjectives in the object of a verb of change: "lowered the estimated death toll by". */
const OBJECT_PARTICIPLES = new Set(["estimated", "reported", "confirmed", "recorded", "registered", "documented", "verified", "combined", "official", "declared", "stated", "revised", "updated"]);

/** Whether the word at `j` is a participle of `OBJECT_PARTICIPLES` before a noun: "the estimated death toll", not "killed by". */
function isObjectAdjective(c: Ctx, j: number): boolean {
  return OBJECT_PARTICIPLES.has(key(c, j)) && tokAt(c, j + 1)?.kind === "word" && !c.t.stop.has(key(c, j + 1));
}

/** How many tokens back from "by" or "from" the verb of change may stand: a verb and an object of a few words. */
const OBJECT_REACH = 9;

/**
 * The verb of change whose object ends at token `k`, looking back past the object's words
 * ("raised the toll", "revised its estimate upward"): its index, or -1. A number, a mark, a
 * word of the stop list that is no object word, and a word ending in "-ed" that is no verb of
 * change (another verb: "hit by", "killed by") end the look.
 */
export function changeVerbBefore(c: Ctx, k: number): number {
  for (let j = k; j >= 0 && j > k - OBJECT_REACH; j--) {
    if (hasRole(c, j, CHANGE) || (mayHave(c, j, BEFORE_FIGURE) && (c.t.increase.has(key(c, j)) || c.t.decrease.has(key(c, j))))) return j;
    // "scaled back by 2,000", "cut its contingent back by 1,000": "back" after a verb of cutting is a fall
    if (key(c, j) === "back" && CUTS_BACK.has(key(c, j - 1))) return j;
    const tk = tokAt(c, j);
    // "trimmed its 2025 aid budget by": a year after a determiner names the object, as "its aid budget" does
    if (tk?.kind === "num" && isObjectYear(c, j)) continue;
    if (tk === undefined || tk.kind !== "word") return -1;
    if (isObjectAdjective(c, j)) continue;
    if ((c.t.stop.has(tk.key) && !OBJECT_WORDS.has(tk.key)) || tk.key.endsWith("ed")) return -1;
  }
  return -1;
}

/** Whether the number at `j` is a year inside the object of a verb of change: four plain digits after a determiner and before a word ("its 2025 aid budget", "the 2024 target"). */
function isObjectYear(c: Ctx, j: number): boolean {
  const n = (c.toks[j] as Token).num;
  return n.plain && n.digits === 4 && n.value >= 1900 && n.value < 2100 && OBJECT_WORDS.has(key(c, j - 1)) && tokAt(c, j + 1)?.kind === "word";
}

/** Verbs before which "back" makes a fall: "scaled back", "cut back", "pared back", "rolled back", "drawn back". */
export const CUTS_BACK: ReadonlySet<string> = new Set([
  "scaled", "scale", "scales", "scaling", "cut", "cuts", "cutting", "pared", "pare", "pares", "paring", "rolled", "roll",
  "rolls", "rolling", "dialled", "dialed", "ratcheted", "drawn", "drew", "draw", "trimmed", "wound",
]);

/** Nouns of a change, after which "from" starts the level it starts at, no range: "a surge from 3,000 to 5,000 deaths". */
const CHANGE_NOUNS = new Set([
  "surge", "spike", "growth", "hike", "leap", "change", "shift", "upswing", "uptick", "upgrade", "downgrade", "drop", "fall",
  "decline", "reduction", "climb", "increase", "rise", "jump", "escalation", "expansion", "doubling", "tripling",
  "quadrupling", "halving", "buildup", "drawdown",
]);

/** How many words the phrase of what changed may take between a noun of change and its "from": "a rise in troop numbers from". */
const CHANGED_REACH = 4;

/**
 * Whether a noun of change ends at `k`, or one with a phrase of what changed after it: "a surge
 * from", "a rise in casualties from", "the expansion of the contingent from", "growth in troop
 * numbers, from". A word of the stop list other than a determiner ends the phrase.
 */
function changeNounBefore(c: Ctx, k: number): boolean {
  if (CHANGE_NOUNS.has(key(c, k))) return true;
  for (let j = k; j >= 1 && j > k - CHANGED_REACH; j--) {
    const w = key(c, j);
    if ((w === "in" || w === "of") && j < k) return CHANGE_NOUNS.has(key(c, j - 1));
    if (tokAt(c, j)?.kind !== "word" || (c.t.stop.has(w) && !OBJECT_WORDS.has(w))) return false;
  }
  return false;
}

/** Prepositions of a place that may end the object of a verb of change: "boosted its forces in the area by 10,000". */
const PLACE_WORDS = new Set(["in", "on", "at", "near", "around", "along", "across", "inside"]);

/**
 * The token before a phrase of place that ends at `k`, right before "by": a preposition of
 * place, an optional determiner and one word ("in the area", "in Kursk", "along the front");
 * else `k`. One word only, so that "increased attacks on towns hit by 200 drones" keeps "hit"
 * in the way of the verb.
 */
function pastPlace(c: Ctx, k: number): number {
  if (tokAt(c, k)?.kind !== "word" || c.t.stop.has(key(c, k))) return k;
  // "in eastern Ukraine", "near the Kursk border": a word before a name or a noun of place
  const named = isCapitalised(tokAt(c, k)?.text ?? "") || PLACE_NOUNS.has(key(c, k));
  const name = named && tokAt(c, k - 1)?.kind === "word" && !c.t.stop.has(key(c, k - 1)) && !PLACE_WORDS.has(key(c, k - 1)) && !OBJECT_WORDS.has(key(c, k - 1)) ? k - 1 : k;
  const det = OBJECT_WORDS.has(key(c, name - 1)) ? name - 1 : name;
  return PLACE_WORDS.has(key(c, det - 1)) ? det - 2 : k;
}

/** Nouns of a place that a word before may name: "the Kursk area", "the eastern front". */
const PLACE_NOUNS = new Set(["area", "region", "oblast", "province", "border", "front", "sector", "direction", "city", "town", "district", "zone"]);

/** The verb of change a "by" right before token `i` belongs to: "rose by", "raised the toll by", "revised upward by", "boosted its forces in the area by"; -1 for none. */
function verbOfBy(c: Ctx, i: number): number {
  if (key(c, i - 1) !== "by") return -1;
  const verb = changeVerbBefore(c, pastPlace(c, i - 2));
  if (verb >= 0) return verb;
  // "raised its estimate of 10,000 by 2,000": the size of a revision of an estimate
  const revision = revisionVerbOfBy(c, i - 1);
  if (revision >= 0) return revision;
  // "raised its force of 10,000 by 2,000", "cut its garrison of 5,000 troops by 1,000": the size of a change of a level
  const of = carriedOf(c, i - 1);
  const carried = of < 0 ? -1 : objectVerb(c, of);
  return carried >= 0 ? carried : gappedBy(c, i - 1);
}

/** How many tokens the figure an object carries may take before "by" or "to": "of an estimated 5,000 troops". */
const CARRIED_REACH = 7;
/** Words of the stop list that may lead the figure an object carries: "its force of an estimated 10,000", "of about 300". */
const CARRIED_LEADS = new Set(["a", "an", "about", "some", "around", "nearly", "roughly", "approximately", "almost", "at", "least", "more", "than"]);

/**
 * The "of" before the figure an object carries that ends right before token `k` ("force of
 * 10,000", "garrison of 5,000 troops", before "by" or "to"), or -1: only numbers, words of
 * no stop list (its unit) and before the number the words that lead a figure ("an estimated",
 * "about") stand between.
 */
function carriedOf(c: Ctx, k: number): number {
  let number = false;
  for (let j = k - 1; j >= 0 && j >= k - CARRIED_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk?.key === "of") return number ? j : -1;
    const lead = number && CARRIED_LEADS.has(tk?.key ?? "");
    if (tk === undefined || !(lead || tk.kind === "num" || (tk.kind === "word" && !c.t.stop.has(tk.key)))) return -1;
    number ||= tk.kind === "num";
  }
  return -1;
}

/** The verb of change whose object, a noun of no stop list, ends right before the "of" at `of`: "raised its force of"; -1 for none. */
function objectVerb(c: Ctx, of: number): number {
  if (of < 1 || tokAt(c, of - 1)?.kind !== "word" || c.t.stop.has(key(c, of - 1))) return -1;
  return changeVerbBefore(c, of - 1);
}

/** Articles that bring in an object the verb makes, no level it changes: "raised a force of 10,000 to 12,000 troops" mobilised one. */
const NEW_OBJECT = new Set(["a", "an"]);

/**
 * Whether the phrase at `i`, after "of", is the figure an object of a verb of change carries, so
 * that "to" after it gives the level the change ends at: "raised its force of 10,000 to 12,000",
 * "cut the garrison of 5,000 troops to 3,000". An object brought in with "a" or "an" is one the
 * verb makes ("raised a force of 10,000 to 12,000 troops": a range), and a direction, "by", "to"
 * or "from" after the second figure makes the two the range of what changed ("cut its force of
 * 10,000 to 12,000 troops by half").
 * @internal
 */
export function isCarriedFigure(c: Ctx, i: number): boolean {
  const verb = key(c, i - 1) === "of" ? objectVerb(c, i - 1) : -1;
  if (verb < 0) return false;
  for (let j = verb + 1; j < i; j++) if (NEW_OBJECT.has(key(c, j))) return false;
  return endsAtLevel(c, i);
}

/** How many tokens the figure of the first change of a gapped pair may take: "by £500m", "by 20 tanks". */
const GAP_FIGURE_REACH = 5;

/**
 * The verb of change of a gapped second "by" at `by`, whose verb and object are left out: "cut
 * aid by £500m and France by €300m", "scaled back its order by 20 tanks and Italy by 30" (the
 * size of each cut); -1 for none. Only a few words (the second subject: "France", "the Netherlands") may stand between
 * "and" (or "or") and the "by", and only the first figure between that and the first "by".
 */
function gappedBy(c: Ctx, by: number): number {
  let k = by - 1;
  while (k > by - 4 && tokAt(c, k)?.kind === "word" && (!c.t.stop.has(key(c, k)) || key(c, k) === "the")) k--;
  if (k === by - 1 || (key(c, k) !== "and" && key(c, k) !== "or")) return -1;
  let num = false;
  for (let j = k - 1; j >= 0 && j >= k - GAP_FIGURE_REACH; j--) {
    const tk = tokAt(c, j) as Token;
    if (tk.key === "by") return num ? changeVerbBefore(c, pastPlace(c, j - 1)) : -1;
    num ||= tk.kind === "num";
    if (tk.kind === "dash" || (tk.kind === "word" && c.t.stop.has(tk.key)) || (tk.kind === "sym" && (tk.key === "," || tk.key === "." || tk.key === ";"))) return -1;
  }
  return -1;
}

/**
 * Whether the phrase at `i` follows a verb of change, so that "to" joins two
 * figures rather than the ends of a range: "rose from 300 to 4,700",
 * "climbed from an initial eight to 12", "raised the toll by 200 to 1,500",
 * "raised the toll from 300 to 1,500".
 */
export function afterChange(c: Ctx, i: number): boolean {
  if (hasRole(c, i - 1, CHANGE) || hasRole(c, i - 2, CHANGE)) return true;
  if (key(c, i) === "from" && changeFrom(c, i)) return true;
  if (verbOfBy(c, i) >= 0 || isCarriedFigure(c, i)) return true;
  for (let k = i - 1; k >= i - 3; k--) if (key(c, k) === "from") return changeFrom(c, k);
  return false;
}

/**
 * Whether the "from" at `k` starts the level a change starts at: after a verb of change and its
 * object ("rose from", "raised the toll from"), a noun of change ("a surge from", "a rise in
 * casualties from", "growth in troop numbers, from"), or a comma
 * after the size of a change ("rose by 2,000, from 3,000 to 5,000", "an increase of 2,000, from").
 */
function changeFrom(c: Ctx, k: number): boolean {
  if (hasRole(c, k - 1, CHANGE) || hasRole(c, k - 2, CHANGE) || changeVerbBefore(c, k - 1) >= 0 || changeNounBefore(c, k - 1)) return true;
  if (key(c, k - 1) !== ",") return false;
  if (changeNounBefore(c, k - 2)) return true;
  let n = k - 2;
  while (n > k - 5 && tokAt(c, n)?.kind === "word") n--;
  if (tokAt(c, n)?.kind !== "num") return false;
  return hasRole(c, n - 1, CHANGE) || verbOfBy(c, n) >= 0 || (key(c, n - 1) === "of" && CHANGE_NOUNS.has(key(c, n - 2)));
}

/**
 * Verbs before which "up" is a particle, not a rise: "picked up 20", "made up 20%", "rounded up
 * 30 men", "set up 12 checkpoints".
 */
const UP_PARTICLE = new Set([
  "picked", "pick", "picks", "picking", "made", "make", "makes", "making", "rounded", "round", "rounding", "set", "sets",
  "setting", "took", "take", "takes", "taking", "taken", "gave", "give", "gives", "giving", "ended", "end", "ends",
  "held", "hold", "holds", "lined", "signed", "locked", "summed", "put", "puts", "putting", "added", "adds", "add",
  "built", "build", "builds", "drew", "draw", "drawn", "called", "call", "calls", "blew", "blown", "blow", "used", "use",
  "uses", "shot", "followed", "backed", "back", "sign", "snapped", "scooped", "mopped", "wound", "tied", "opened",
  // "Kyiv weighs up 3,000 troops' transfer": weighing up is considering
  "weigh", "weighs", "weighed", "weighing", "sized", "sizes", "size", "sizing",
]);

/**
 * Verbs of a rise that take an object, so that a figure right after one is the size of what is
 * strengthened, not of the change: "reinforced 3,000 troops", "bolstered the 3,000-strong
 * garrison", "raised 3,000 troops". Only "by 3,000" ("reinforced the garrison by 3,000") or a word of increment ("with
 * 3,000 more troops") gives the size of the change after them.
 */
const STRENGTHENS = new Set([
  "reinforced", "reinforces", "reinforcing", "reinforce", "bolstered", "bolsters", "bolstering", "bolster", "augmented", "augments",
  "augmenting", "augment", "strengthened", "strengthens", "strengthening", "strengthen", "boosted", "boosts", "boosting", "boost",
  // "Russia raised 3,000 troops" mobilised them, "raised $5 million" collected it: the figure is what was raised
  "raised", "raises", "raising", "raise",
]);

/**
 * Whether the phrase at `i` is the size of an increase: "rose by 1,500", "grew
 * 12 per cent", "(+1,270)", "raised the toll by 200", "revised up by 1,200", "up 20%";
 * not a level ("rose above 1,000", "rose to 300"), a particle ("picked up 20"), a figure
 * named as a given ("by the 3,000 troops of the brigade"), nor the object of a verb that takes
 * one ("reinforced 3,000 troops"). `sized` says the figure gives a size ("3,000-strong"), never a change.
 */
export function afterIncrease(c: Ctx, i: number, lead: Lead, sized: boolean): boolean {
  const { increase } = c.t;
  const plus = tokAt(c, i - 1);
  if (plus?.key === "+" && tokAt(c, i)?.glued === true && !(plus.glued && /num|word/.test(tokAt(c, i - 2)?.kind ?? ""))) return true;
  if (sized) return false;
  const by = verbOfBy(c, i);
  if (by >= 0) return (increase.has(key(c, by)) || increase.has(key(c, by - 1))) && !DEFINITES.has(key(c, i));
  const verb = key(c, i - 1);
  if (lead.bound !== undefined || !mayHave(c, i - 1, BEFORE_FIGURE) || !increase.has(verb) || STRENGTHENS.has(verb) || DEFINITES.has(key(c, i))) return false;
  return verb !== "up" || !UP_PARTICLE.has(key(c, i - 2));
}

/** Verbs whose "down" is a particle, not a fall: "shot down 30", "brought down 3", "voted down $60 billion". */
const DOWN_PARTICLE = new Set([
  "shot", "shoot", "shoots", "shooting", "brought", "bring", "gunned", "knocked", "took", "turned", "turn", "turns", "turning",
  "hunted", "tracked", "wrote", "written",
  // "Lawmakers voted down $60 billion in aid": a refusal of the sum, no fall
  "voted", "vote", "votes", "voting",
]);

/**
 * Whether the phrase at `i` is the size of a fall, a change below zero that is not read:
 * "revised down by 3,000", "fell by 12%", "cut the force by a third", "slumped by 60,000
 * tonnes"; or of a change after "by" that does not say which way it went, which may be one
 * ("revised by 300", "changed by 2,000"); and with no unit named "losses fell 3,000", "down 3,000 from last week"; not a
 * level ("fell to 3,000"), a count ("dropped 300 bombs") nor a particle ("shot down 30").
 */
export function afterDecrease(c: Ctx, i: number, lead: Lead, named: string | undefined): boolean {
  const { decrease, increase } = c.t;
  const by = verbOfBy(c, i);
  // "revised by 300", "changed by 2,000": a change that does not say its direction may be a fall
  if (by >= 0) return !increase.has(key(c, by)) && !increase.has(key(c, by - 1));
  const verb = key(c, i - 1);
  // "was scaled back 40%", "pared back $2 billion": "back" after a verb of cutting is a fall, with or without "by"
  const back = verb === "back" && CUTS_BACK.has(key(c, i - 2));
  if (lead.bound !== undefined || named !== undefined || !(back || (mayHave(c, i - 1, BEFORE_FIGURE) && decrease.has(verb)))) return false;
  return verb !== "down" || !DOWN_PARTICLE.has(key(c, i - 2));
}
