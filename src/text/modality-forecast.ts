/**
 * Verbs of forecasting in their base form and their kin: "Analysts predict 500,000 losses",
 * "anticipate", "foresee", "project", "The UN fears 3 million refugees", "Russia is heading
 * for 500,000 losses" are `projected`, as "predicts" and "expected" are; "hoping for 300 tanks"
 * seeks them and is `planned`, as "asked for" is. "Project" and "fear" are nouns too: "a
 * project of 300 homes", "Fear drove 3,000 from their homes" forecast nothing.
 * @internal
 */
import { isCapitalised, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import type { Modality } from "./modality.js";
import { isPlanGerund, nominalAt } from "./modality-sentence.js";
import { ACTS } from "./modality-words.js";

/** Verbs of forecasting that are nouns as well: "they project 500,000", not "a project of 300 homes"; "the UN fears 3 million", not "Fear drove 3,000". */
const NOUN_VERBS = new Set(["project", "projects", "fear", "fears"]);
/** Words after such a word that make it the noun: "a project of", "housing projects for 300 families", "fears of 3 million refugees" (a fear's content, read on). */
const NOUN_AFTER = new Set(["for", "to", "in", "at", "on"]);
/** Words of heading for a figure: "is heading for 500,000 losses", "headed towards 1 million". */
const HEADS = new Set(["heading", "headed", "heads", "head"]);
/** Prepositions after a word of heading: "heading for", "heading towards". */
const TOWARDS = new Set(["for", "towards", "toward"]);
/** Words of hoping, which seek what follows their "for": "hoping for 300 tanks". */
const HOPES = new Set(["hope", "hopes", "hoped", "hoping"]);
/** Words that may stand between such a "for" and its figure: "heading for a record 500,000 losses", "hoping for at least 300 tanks". */
const FOR_FILLERS = new Set(["a", "an", "some", "record", "possible", "potential", "the", "arrival", "of", "around", "about", "roughly", "nearly", "almost", "at", "least", "up", "to", "as", "many", "much", "well", "over"]);

/** Words of bracing and preparing, which forecast what follows their "for": "Kyiv is bracing for another 5,000 troops", "preparing for 5,000 more". */
const BRACES = new Set(["brace", "braces", "braced", "bracing", "prepare", "prepares", "preparing"]);
/** Words of warning, which forecast what follows their "of" or "about": "officials warned of another 5,000 troops". */
const WARNS = new Set(["warn", "warns", "warned", "warning", "warnings"]);
/** Prepositions after a word of warning: "warned of", "warning about". */
const OF = new Set(["of", "about"]);

/** Verbs of weighing an act, which hold it possible only when their object is one: "US weighs sending 3,000 troops", "weighs 3,000-troop deployment"; not "the tank weighs 60 tonnes". */
const WEIGHS = new Set(["weigh", "weighs", "weighed", "consider", "considers", "considered", "eyes", "eyed", "explores", "explored", "studies"]);
/**
 * Nouns of a force or of an increase after a figure that a verb of weighing takes as its object:
 * "US eyes 3,000-troop boost", "considers a 3,000-strong force for Poland", "eyes a
 * 3,000-strong brigade": a force weighed is not there yet.
 */
const FORCES = new Set([
  "boost", "boosts", "surge", "increase", "expansion", "force", "forces", "contingent", "contingents", "brigade", "brigades",
  "battalion", "battalions", "division", "mission", "reinforcement", "reinforcements", "buildup", "build-up", "presence", "rotation",
]);
/** Words that may stand between such a verb and its act: "weighs a possible deployment of", "considers new plans to send". */
const ACT_FILLERS = new Set(["a", "an", "the", "possible", "new", "further", "fresh", "major", "large", "additional", "extra", "more", "another"]);

/** Marks of a possessive between a figure and the act it is of: "3,000 troops' transfer", "300 tanks's delivery". */
const POSSESSIVES = new Set(["'", "\u2019", "'s", "\u2019s"]);

/** Whether a word is read by `forecastAt` when it is a cue. */
export function isForecast(w: string): boolean {
  return NOUN_VERBS.has(w) || HEADS.has(w) || HOPES.has(w) || BRACES.has(w) || WARNS.has(w) || WEIGHS.has(w);
}

/**
 * Whether the verb of weighing at `k` takes an act as its object: a gerund of a plan verb or a
 * noun of an act after it ("weighs sending", "considers a deployment of"), or a figure right
 * after it that a noun of an act follows ("weighs 3,000-troop deployment") or that adds to what
 * is there ("eyes 3,000 more troops").
 */
function weighsAct(c: Ctx, k: number, m: Match): boolean {
  let j = k + 1;
  // "Kyiv weighs up 3,000 troops' transfer"
  if (key(c, j) === "up") j++;
  while (j < m.first && ACT_FILLERS.has(key(c, j))) j++;
  if (j < m.first) return isPlanGerund(c, key(c, j)) || ACTS.has(key(c, j));
  // "The US eyes 3,000 more troops for Poland": troops it has not got yet
  // "weighs 3,000 troops' transfer": the act after a possessive
  const act = POSSESSIVES.has(key(c, m.end)) ? m.end + 1 : m.end;
  // "eyes 3,000-troop boost", "considers a 3,000-strong force", "weighs 3,000 troops for Poland": a force to be sent
  const force = FORCES.has(key(c, act)) || forPlace(c, act);
  return j === m.first && (ACTS.has(key(c, act)) || force || m.increment);
}

/** Whether "for" and a name follow at `k`, with at most a noun of a force between: "3,000 troops for Poland", "3,000-strong force for Poland". */
function forPlace(c: Ctx, k: number): boolean {
  const at = FORCES.has(key(c, k)) ? k + 1 : k;
  const name = tokAt(c, at + 1);
  return key(c, at) === "for" && name?.kind === "word" && isCapitalised(name.text);
}

/** Whether the figure follows a "for" or "towards" right after `k`, past a few words of degree only ("heading for a record 500,000"; not "headed for Kursk with 300 tanks"). */
function forNear(c: Ctx, k: number, m: Match, preps: ReadonlySet<string> = TOWARDS): boolean {
  if (!preps.has(key(c, k + 1)) || m.first <= k + 1) return false;
  for (let j = k + 2; j < m.first; j++) if (!FOR_FILLERS.has(key(c, j))) return false;
  return true;
}

/** What a word of hoping at `k` makes of the figure: sought after "for" or before "to" and a plan verb ("hoping for 300 tanks", "hopes to get 300 tanks"), forecast before "to" and another verb ("hopes to reach 10,000"). */
function hopeAt(c: Ctx, k: number, m: Match): Modality | undefined {
  if (forNear(c, k, m)) return "planned";
  if (key(c, k + 1) === "to") return c.t.planVerbs.has(key(c, k + 2)) ? "planned" : "projected";
  return key(c, k) === "hope" || key(c, k) === "hoping" ? undefined : "projected";
}

/**
 * What the cue of forecasting or hoping at `k` (see `isForecast`) makes of the figure `m`:
 * `projected` for a verb of forecasting that is no noun ("they project 500,000 losses", "the
 * UN fears 3 million refugees", "fears of 3 million refugees"; not "a project of 300 homes",
 * "Fear drove 3,000", "out of fear") and for "heading for" a figure; `planned` for "hoping
 * for" a figure or before "to" and a plan verb (see `hopeAt`); `potential` for a verb of weighing
 * whose object is an act ("US weighs sending 3,000 troops", "weighs 3,000-troop deployment").
 */
export function forecastAt(c: Ctx, k: number, m: Match): Modality | undefined {
  const w = key(c, k);
  if (HEADS.has(w)) return forNear(c, k, m) ? "projected" : undefined;
  // "bracing for another 5,000 troops"; "preparing to send 3,000" plans
  if (BRACES.has(w)) return forNear(c, k, m) ? "projected" : c.t.cues.get(w) === "planned" ? "planned" : undefined;
  // "warned of another 5,000 troops", "a warning of 3,000 casualties"; "warned 3,000 residents to leave" states them
  if (WARNS.has(w)) return forNear(c, k, m, OF) ? "projected" : undefined;
  if (HOPES.has(w)) return hopeAt(c, k, m);
  if (WEIGHS.has(w)) return weighsAct(c, k, m) ? "potential" : undefined;
  const next = key(c, k + 1);
  if (NOUN_AFTER.has(next) || key(c, k - 1) === "of") return undefined;
  // "a project of 300 homes" is a noun; "fears of 3 million refugees" a forecast's content
  if (nominalAt(c, k) || next === "of") return next === "of" && w.startsWith("fear") ? "projected" : undefined;
  return objectNear(c, k, m) ? "projected" : undefined;
}

/** Words that put a figure out of reach of a verb of forecasting before them: "project power with 3,000 troops". */
const AWAY = new Set(["with", "from", "by", "in", "into", "across", "through", "against"]);
/** How far a forecast figure may stand after its verb: "they project total losses at 500,000". */
const OBJECT_REACH = 5;

/** Whether the figure stands within a few words after the verb at `k`, with no preposition that takes it elsewhere between. */
function objectNear(c: Ctx, k: number, m: Match): boolean {
  if (m.first > k + OBJECT_REACH) return false;
  for (let j = k + 1; j < m.first; j++) if (AWAY.has(key(c, j))) return false;
  return true;
}
