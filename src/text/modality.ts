/**
 * What a figure is doing in its sentence: asserted, negated ("it's not
 * 300,000"), planned ("decided to send 12,000"), projected ("could reach 2
 * million") or potential ("potentially millions"), read from the words of its
 * clause before it and the words before its number.
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import { CUE, NEGATION } from "./roles.js";
import { cueAfter } from "./modality-after.js";
import { asideAfter, pastBreak } from "./modality-asides.js";
import { isProspect, prospectAt } from "./modality-headline.js";
import { counterfactualBefore, counterfactualClause, counterfactualModality, providedBefore, wouldHaveAt } from "./modality-counterfactual.js";
import { forecastAt, isForecast } from "./modality-forecast.js";
import { timeClauseBefore } from "./modality-when.js";
import { aheadAfter, conditionLater } from "./modality-ahead.js";
import { forecastShortfall } from "./modality-shortfall.js";
import { isLikelihoodWord, likelihoodModality } from "./modality-likelihood.js";
import { awaitedModality } from "./modality-awaited.js";
import { delayedAfter, delayedAt } from "./modality-delay.js";
import { confirmedLater } from "./modality-confirmed-later.js";
import { deniesAt, refutedAfter, reportedContent } from "./modality-refuted.js";
import { unverifiedReport } from "./modality-report-after.js";
import { readAfterReport } from "./modality-denied-later.js";
import { unverifiedLater } from "./modality-unverified-later.js";
import { isSought, isWish, NEEDS, soughtAt, wantsObject, wishedAt } from "./modality-sought.js";
import { clauseStart, figureModality } from "./modality-figure.js";
import { doubtAt, DOUBTING, eitherWay, maybeNot } from "./modality-doubt.js";
import { holdsOpenAt, holdsOpenFrom, isNegation, negates, partOfWhole, surpriseAt } from "./modality-negation.js";
import { BETWEEN, REACH, REPORTS } from "./modality-words.js";
import { asked, farFrom, isBreak, isGiven, isOwned, nominalElsewhere, refusedAct } from "./modality-sentence.js";
import type { Ctx, Match } from "./context.js";
export { isCoordinated, ownsVerb } from "./modality-coordination.js";
import type { Token } from "./tokenize.js";
import { askedAbove, clauseModality, deniedThatBefore, reportAfter, supposedAt } from "./modality-clause.js";
import { correctedModality, negatedList } from "./modality-lists.js";
import { carriedOut, forecastNamed } from "./modality-attributive.js";

/** What a figure is doing in its sentence. */
export type Modality = "asserted" | "negated" | "projected" | "planned" | "potential";

/** Verbs of replacing a figure, whose object a negation before them leaves standing: "does not replace the earlier 300". */
const REPLACES = new Set(["replace", "replaces", "supersede", "supersedes", "override", "overrides"]);

/** The verb a cue at `k` bears on: the next word that is not "to", "also" or the like, else the last of those ("will be 20,000"). */
function verbAfter(c: Ctx, k: number, stop: number): string {
  let last = "";
  for (let j = k + 1; j < stop; j++) {
    last = key(c, j);
    // "would, initially, provide"
    const aside = asideAfter(c, j);
    if (aside > 0) j = aside;
    else if (!BETWEEN.has(last)) return last;
  }
  return last;
}

/** What the cue at `k` makes of the figure `m`. */
function cueAt(c: Ctx, k: number, m: Match): Modality | undefined {
  const tk = tokAt(c, k) as Token;
  const stop = m.head;
  // "Not a single soldier of 3,000 survived": the negation denies a part, and the whole is read on
  // "Not even the 1,000 troops helped": the 1,000 are there; what is denied is that they helped
  if (partOfWhole(c, k, m) || (key(c, k + 1) === "even" && m.first === k + 2 && key(c, m.first) === "the")) return undefined;
  // "The new figure of 450 does not replace the earlier 300": what is not replaced stands
  if (REPLACES.has(key(c, k + 1)) && negates(c, k)) return undefined;
  // "could not confirm 3,000 deaths", "unable to verify", "did not rule out sending": not confirming or not ruling out holds a figure possible, as "may not receive" does;
  // "will not deploy 5,000 until January" delays
  // "could not verify the 700,000 losses until Monday, when they confirmed them": confirmed later
  if (negates(c, k) && holdsOpenFrom(c, k + 1) && delayedAfter(c, m) && confirmedLater(c, m)) return "asserted";
  if (negates(c, k)) return holdsOpenFrom(c, k + 1) || eitherWay(c, k) || maybeNot(c, k, m) ? "potential" : delayedAfter(c, m) ? delayedAt(c, k) : "negated";
  const cue = tk.kind === "word" && hasRole(c, k, CUE) ? c.t.cues.get(tk.key) : undefined;
  // "May" the month is no "may"; "the planned offensive killed 300" plans nothing of the 300
  if (cue === undefined || c.t.months.has(tk.text) || (cue !== "denial" && nominalElsewhere(c, k, m, cue))) return undefined;
  // "no one disputes reports of 3,000 dead", "nobody disputed": a denial denied affirms
  // "dismissed the 12,000 estimate": the word of report may follow the figure
  if (cue === "denial") return (!reportAfter(c, k) && !REPORTS.has(key(c, m.end))) || !deniesAt(c, k) ? undefined : isNegation(c, k - 1) || negates(c, k - 2) ? "asserted" : "negated";
  // "had no plans to send", "did not decide to send"; "Nobody expected 40 people to die" is a surprise at what happened
  if (negates(c, k - 1) || negates(c, k - 2)) return surpriseAt(c, k) ? "asserted" : "negated";
  // "Kyiv likely lost 500 soldiers", "Russia probably lost 3,000": a judgment of likelihood holds the figure possible
  if (isLikelihoodWord(tk.key)) return likelihoodModality(c, k, m);
  // "needs 3,000 more troops", "asked for 300 tanks", "the target is", "on track to lose"
  // "I doubt 3,000 troops crossed", as "I doubt that"; "no doubt 3,000 died" affirms
  if (DOUBTING.has(tk.key)) return doubtAt(c, k);
  if (isSought(tk.key)) return soughtAt(c, k, m);
  if (isWish(tk.key)) return wishedAt(c, k);
  // "they project 500,000 losses", "heading for 500,000 losses", "hoping for 300 tanks"
  if (isForecast(tk.key)) return forecastAt(c, k, m);
  // "stands to receive 40 tanks", "is in line to get"
  if (isProspect(tk.key)) return prospectAt(c, k, m);
  // "Russia sent the planned 3,000 troops", "The planned 3,000 troops arrived": the plan carried out
  if (cue === "planned" || cue === "projected" || cue === "potential") return carriedOut(c, k, m) ? "asserted" : cue;
  const verb = verbAfter(c, k, stop);
  // "wants to send", "is set to send", "is about to send"; "is set to reach" is a projection;
  // "the limit was set to 3,000" has no verb after "to"
  if (cue === "intent") {
    // "Ukraine wants 300 tanks": what is wanted is not there yet
    if (key(c, k + 1) !== "to" || k + 2 >= m.first) return wantsObject(c, k, m) ? "planned" : undefined;
    return c.t.growth.has(verb) ? "projected" : "planned";
  }
  // "would have killed 10,000": a counterfactual, not a forecast
  // "If true, it would mean 3,000 soldiers were killed", "If true, that would be 3,000": supposed, not forecast
  // "If Russia attacks, it would kill 3,000 civilians": the main clause of a condition supposes
  if (wouldHaveAt(c, k) || supposedAt(c, k)) return "potential";
  if (c.t.growth.has(verb)) return "projected";
  // "will send" is a plan, "will lose" a projection; "could send" a possibility
  // "would send 3,000 more troops if asked": a condition after the figure supposes it
  if (cue === "future") return tk.key === "would" && conditionLater(c, m) ? "potential" : c.t.planVerbs.has(verb) || NEEDS.has(verb) ? "planned" : "projected";
  return "potential";
}

/**
 * The modality of a match: the nearest cue in the words before its number
 * (its own lead words first, then its clause, back to a clause break).
 * Negation words inside a bound ("no more than") belong to the bound; a
 * given ("among the 12,000") is never denied or asked.
 */
export function modalityOf(c: Ctx, m: Match): Modality {
  const found = figureModality(c, m, clauseOf(c, m));
  // "Reports that 3,000 troops were killed are false": the sentence's verb denies the report
  if (found === "asserted") {
    // "has not sent 3,000 troops, 200 tanks or 50 jets": one negation over the list; "will not send 3,000 but 5,000" plans the 5,000
    if (negatedList(c, m)) return "negated";
    const corrected = correctedModality(c, m);
    if (corrected !== undefined) return corrected;
    const at = reportedContent(c, m);
    if (refutedAfter(c, m, at)) return "negated";
    // "…, which Kyiv denied", "…. Kyiv denied this.", "Killed 3 (unverified)", "Unconfirmed reports of 3,000 dead"
    // "…, a figure that could not be verified", "…. The claim could not be independently verified."
    const after = readAfterReport(c, m) ?? ((at >= 0 && unverifiedReport(c, m, at)) || unverifiedLater(c, m) ? "potential" : undefined);
    if (after !== undefined) return after;
  }
  // "5,000 troops would be deployed": a cue after a figure it is the subject of
  // "awaiting delivery of 300 tanks", "60 of the 300 tanks it was promised": not yet there, given or not
  // "fewer than the 5,000 predicted": a forecast named
  const waited = found === "asserted" ? (awaitedModality(c, m) ?? forecastNamed(c, m)) : undefined;
  const own = waited ?? (found === "asserted" && !isGiven(c, m) ? (cueAfter(c, m) ?? aheadAfter(c, m)) : found);
  // a question asserts nothing: "Did Russia really lose 900 tanks?"; a given stays as it is
  return own !== "potential" && asked(c, m.end) && !isGiven(c, m) ? "potential" : own;
}

/** The modality of a match read from the words of its own clause; the answer for the last match asked is kept, as `readAfter` asks again. */
function clauseOf(c: Ctx, m: Match): Modality {
  if (m !== clauseFor) {
    clauseFor = m;
    clause = readClause(c, m);
  }
  return clause;
}

/** The last match `clauseOf` was asked of, and its answer. */
let clauseFor: Match | undefined;
let clause: Modality = "asserted";

/** The modality of a match read from the words of its own clause (see `clauseOf`). */
function readClause(c: Ctx, m: Match): Modality {
  if (farFrom(c, m.first)) return "negated";
  // "The line will hold provided 5,000 remain": a condition, wherever its "provided" stands
  // "Russia will attack once another 5,000 troops are in place": a clause of time supposes its figure, wherever it stands
  if ((providedBefore(c, m) || timeClauseBefore(c, m)) && !isOwned(c, m)) return "potential";
  // "stopped short of confirming 3,000 deaths" holds it possible; "stopped short of sending 5,000" denies it,
  // as "ruled out sending 100 tanks" and "vetoed sending 2,000 troops" do
  const short = refusedAct(c, m);
  if (short >= 0) return holdsOpenAt(c, short + 1) ? "potential" : "negated";
  for (let k = m.head - 1; k >= m.first; k--) {
    // "Casualties won't reach 1,000": a forecast of a shortfall, as "will not reach" is
    if (forecastShortfall(c, k, m)) return key(c, k).startsWith("would") && conditionLater(c, m) ? "potential" : "projected";
    if (isNegation(c, k)) continue;
    const found = cueAt(c, k, m);
    if (found !== undefined) return found;
  }
  const given = isGiven(c, m);
  // "expected to rise from 230 to 400": 400 reads the clause from "rise" on
  const start = clauseStart(c, m);
  for (let k = start; k >= -1 && k >= start - REACH; k--) {
    // "will send in 2026 another 3,000", "will, by 2026, deliver 40 jets": a date or an aside after the cue ends no clause
    const past = k >= 0 && isBreak(c, k) ? pastBreak(c, k) : -1;
    if (past >= 0) {
      k = past + 1;
      continue;
    }
    // "Had 5,000 troops been sent, …", "If Russia had sent 5,000 troops, …": a counterfactual condition
    if (k < 0 || isBreak(c, k)) return given ? "asserted" : counterfactualClause(c, k, m) ? counterfactualModality(c, m) : clauseModality(c, k, m);
    // only a negation or a cue says anything: one bit test passes over every other word
    const found = hasRole(c, k, NEGATION | CUE) ? cueAt(c, k, m) : undefined;
    // "Had the army not lost 3,000 men, …": a counterfactual negation says it was lost
    // "It is untrue that Russia did not send 3,000 troops": a denial of a denial affirms
    if (found === "negated" && (counterfactualBefore(c, k, m) || deniedThatBefore(c, k))) return "asserted";
    // "It is far from certain whether Russia will send 3,000 troops": a plan in doubt is held possible
    if ((found === "planned" || found === "projected") && askedAbove(c, k)) return "potential";
    if (found !== undefined && !(given && found === "negated")) return found;
  }
  return "asserted";
}

/** Whether a figure that starts at token `first` opens its clause: the first token, or one after a clause break ("said", ",", "that"). */
export function opensClause(c: Ctx, first: number): boolean {
  return first === 0 || isBreak(c, first - 1);
}

/**
 * Whether the modality of a match comes from the verb after it ("5,000 troops would be
 * deployed"), which a figure coordinated before it shares: "5,000 troops and 200 tanks would be
 * sent" plans both.
 */
export function readAfter(c: Ctx, m: Match): boolean {
  return clauseOf(c, m) === "asserted" && !isGiven(c, m) && cueAfter(c, m) !== undefined;
}
