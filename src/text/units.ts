/**
 * The unit noun after a number: "troops", "shells", "US dollars".
 * @internal
 */
import { singularNoun } from "../_lib/nouns.js";
import { glued, isCapitalised, key, tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";
import { rate } from "./rates.js";
import { AFTER_FIGURE, VALUE } from "./roles.js";
import type { Token } from "./tokenize.js";

export interface Unit {
  readonly unit?: string;
  readonly currency?: string;
  readonly rate?: string;
  readonly end: number;
  readonly duration?: boolean;
  /** An increment word was passed on the way to the unit: "3,000 additional troops", "1,000 more soldiers". */
  readonly increment?: boolean;
  /** The number is joined to a noun that makes an adjective of it: "a 12-storey building". */
  readonly compound?: boolean;
}

/** "a 2,000-pound bomb": pounds of weight, not sterling, where the word is an adjective. */
export function isWeight(c: Ctx, at: number): boolean {
  return isPound(c, at) && key(c, at - 1) === "-" && glued(c, at);
}

/** Whether the word at `at` is "pound" or "pounds", which name both money and weight. */
function isPound(c: Ctx, at: number): boolean {
  const w = key(c, at);
  return w === "pound" || w === "pounds";
}

/** "5 million pounds of aid" or "5 pounds of explosives": money or weight, the words do not say. */
export function isPoundsOf(c: Ctx, at: number, end: number): boolean {
  return isPound(c, at) && key(c, end) === "of";
}

/** Units that measure rather than count: a noun after one is what is measured ("a 500 kg bomb"). */
const MEASURES = new Set(["km", "kg", "tonne", "ton", "mile", "lb", "km2", "mile2", "ha", "percentage point"]);

/**
 * The unit noun at `k`. Where two stand together, the last names the unit when
 * the first names a kind ("15 attack drones", "10 missile launchers") or is a
 * participle used as an adjective ("3 captured tanks"); a participle after a
 * noun is a verb ("two missiles killed 5 people"), and a measure keeps its unit.
 */
function unitNoun(c: Ctx, k: number): { value: string; end: number } | undefined {
  const first = trie(c, c.t.units, k);
  if (first === undefined || MEASURES.has(first.value)) return first;
  const second = trie(c, c.t.units, first.end);
  // "12 anti-aircraft missile systems": the noun after "anti-" or "counter-" only says what the head is against
  if (opposed(c, k)) return second === undefined || second.value === "person" ? { value: "", end: first.end } : (unitNoun(c, first.end) ?? second);
  // "12 tank destroyers", "50 troop transports": a noun in the singular before a plural the table does not know describes it
  if (second === undefined && modifiesHead(c, k, first.end)) return { value: "", end: first.end };
  if (second === undefined || second.value === "person") return first;
  // "captured tanks"; "300 civilian buildings", "refugee homes": a noun of people in the singular describes the thing after it
  if (first.value === "person" && !PARTICIPLES.has(key(c, k)) && !describes(c, first.end)) return first;
  // "15 attack drone launchers": the last of the nouns names the unit
  const third = trie(c, c.t.units, second.end);
  return third !== undefined && third.value !== "person" && !MEASURES.has(second.value) ? third : second;
}

/** How many lower-case words may stand between a noun in the singular and the plural head it describes: "30 missile defense interceptors". */
const HEAD_REACH = 2;

/** Whether the word `w` is written as a plural noun: "destroyers", "casings"; not "press", not a short word ("is", "was"). */
function looksPlural(w: Token): boolean {
  const t = w.text;
  return t.length > 3 && t === w.key && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us");
}

/**
 * Whether the one-word unit noun at `k`, written in the singular, describes a plural noun the
 * table does not know a word or two after it, which heads the phrase: "12 tank destroyers", "50
 * troop transports", "10 missile silos", "30 missile defense interceptors". The count is of the
 * head, whose unit the table does not know; a participle or a noun plural on its own ("captured
 * tanks", "personnel carriers") is no such noun.
 */
function modifiesHead(c: Ctx, k: number, end: number): boolean {
  const noun = tokAt(c, k);
  if (end !== k + 1 || noun === undefined || PARTICIPLES.has(noun.key) || PLURAL_PEOPLE.has(noun.key) || singularNoun(noun.key) !== noun.key) return false;
  for (let j = end; j < end + HEAD_REACH; j++) {
    const w = tokAt(c, j);
    if (w?.kind !== "word" || w.glued || w.text !== w.key || c.t.stop.has(w.key) || c.t.adverbs.has(w.key)) return false;
    if (looksPlural(w)) return true;
  }
  return false;
}

/** Prefixes that make the noun after them say what a thing is against: "anti-aircraft", "counter-drone". */
const OPPOSED = new Set(["anti", "counter"]);

/** Whether the noun at `k` follows "anti-" or "counter-" glued to it: "anti-aircraft", "counter-drone". */
function opposed(c: Ctx, k: number): boolean {
  return tokAt(c, k - 1)?.kind === "dash" && glued(c, k) && glued(c, k - 1) && OPPOSED.has(key(c, k - 2));
}

/** Words that end a compound adjective besides participles: "drone-borne", "missile-capable", "tank-proof". */
const ADJECTIVE_ENDS = new Set(["borne", "made", "capable", "proof", "free", "class", "type", "grade", "size", "resistant"]);

/** Whether the noun at `k` begins a compound adjective with a hyphen: "drone-carrying aircraft", "tank-mounted guns". */
function beginsCompound(c: Ctx, k: number, end: number): boolean {
  const w = tokAt(c, end + 1);
  if (end !== k + 1 || tokAt(c, end)?.kind !== "dash" || !glued(c, end) || w?.kind !== "word" || !glued(c, end + 1)) return false;
  return w.key.length > 4 && (w.key.endsWith("ing") || w.key.endsWith("ed") || ADJECTIVE_ENDS.has(w.key));
}

/** Nouns of people that are plural without an "s": "people", "personnel". */
export const PLURAL_PEOPLE: ReadonlySet<string> = new Set(["people", "children", "men", "women", "personnel", "police", "folk"]);

/** Whether the noun before `end` is in the singular and the lower-case noun at `end` follows it in the same phrase: "civilian buildings", not "people Trains". */
function describes(c: Ctx, end: number): boolean {
  const noun = key(c, end - 1);
  const next = tokAt(c, end);
  const singular = !noun.endsWith("s") && !PLURAL_PEOPLE.has(noun);
  return singular && next !== undefined && !next.glued && next.text === next.key;
}

/**
 * Nouns that head a phrase whose first noun only describes them, none of them a unit noun: "300
 * drone operators", "12 tank brigades", "200 armoured personnel carriers", "300 refugee camps".
 * The count is of these, whose unit the table does not know.
 */
const HEADS = new Set([
  "operators", "brigades", "battalions", "regiments", "divisions", "companies", "squads", "detachments", "formations", "crews",
  "units", "teams", "carriers", "camps", "sites", "positions", "facilities", "shelters", "centres", "centers", "columns",
  "convoys", "factories", "plants", "depots", "bases", "cars", "targets", "schools", "hospitals", "workshops", "warehouses",
]);

/** Whether a noun that heads the phrase follows the unit noun in the singular that ends at `end` (see `HEADS`): "drone operators", not "troops units". */
function headAfter(c: Ctx, end: number): boolean {
  // "armoured personnel carriers": "personnel" is plural on its own, and describes here
  return HEADS.has(key(c, end)) && (describes(c, end) || (key(c, end - 1) === "personnel" && key(c, end) === "carriers"));
}

/** Words for people that are participles, so that before another noun they describe it: "captured tanks". */
const PARTICIPLES = new Set(["killed", "wounded", "injured", "dead", "missing", "captured", "displaced"]);


const INITIALS = /^\p{Lu}{1,2}$/u;
/** One or two capital letters: a part of "U.S." or "U.K."; four code units at most, so longer words need no regex. */
function isInitial(text: string): boolean {
  return text.length <= 4 && INITIALS.test(text);
}

/** The end of an abbreviation written with full stops between a count and its noun: "U.S." in "71 U.S. troops". */
function abbreviationEnd(c: Ctx, k: number): number | undefined {
  let j = k;
  // the full stop first: most words are followed by none, and need no regex
  while (tokAt(c, j + 1)?.key === "." && glued(c, j + 1) && tokAt(c, j)?.kind === "word" && isInitial(tokAt(c, j)?.text ?? "")) j += 2;
  return j > k + 2 ? j : undefined;
}

/**
 * The end of a model or calibre between a count and its noun, or undefined:
 * "155mm" and "155-mm" in "12 155mm howitzers", "Kh-59" in "24 Kh-59 missiles",
 * "M777" in "six M777 howitzers".
 */
function modelEnd(c: Ctx, k: number): number | undefined {
  const { t } = c;
  const a = tokAt(c, k);
  const b = tokAt(c, k + 1);
  if (a === undefined || b === undefined) return undefined;
  if (a.kind === "num" && b.kind === "word" && t.calibres.has(b.key)) return k + 2;
  if (a.kind === "num" && b.kind === "dash" && b.glued && glued(c, k + 2) && t.calibres.has(tokAt(c, k + 2)?.key ?? "")) return k + 3;
  if (a.kind !== "word" || !isCapitalised(a.text)) return undefined;
  let end: number | undefined;
  // "M777", "Leopard 2", "Mirage 2000": a name and its number
  if (b.kind === "num" && (b.glued || b.num.plain)) end = k + 2;
  else if (b.kind === "dash" && b.glued && tokAt(c, k + 2)?.kind === "num" && glued(c, k + 2)) end = k + 3;
  if (end !== undefined && tokAt(c, end)?.kind === "word" && glued(c, end)) end++;
  return end;
}

export const OF_DETERMINERS = new Set(["the", "its", "their", "these", "those", "all", "his", "her", "our"]);

/** A unit noun with the rate adverb and increment word passed on the way to it; no spread of optional parts. */
function nounUnit(unit: string, end: number, rate: string | undefined, increment: boolean): Unit {
  if (rate === undefined) return increment ? { unit, end, increment } : { unit, end };
  return increment ? { unit, end, rate, increment } : { unit, end, rate };
}

/** Units of length whose square is a unit of area: "km2", "km²", "km^2" are square kilometres. */
const SQUARES: Readonly<Record<string, string>> = { km: "km2", mile: "mile2" };

/**
 * The unit of length `unit` ending at `end` with a power glued after it: "km2", "km²", "km^2"
 * are `km2`, an area and no length; "km3", "km³" are no unit the table has ("" for none). Else
 * the unit as it was.
 */
function squareOf(c: Ctx, unit: string, end: number): { value: string; end: number } {
  const caret = key(c, end) === "^" && glued(c, end) ? end + 1 : end;
  const tk = tokAt(c, caret);
  if (tk === undefined || !tk.glued || !(unit in SQUARES || unit === "m")) return { value: unit, end };
  const power = tk.kind === "num" && tk.num.plain && (tk.num.value === 2 || tk.num.value === 3) ? String(tk.num.value) : tk.text === "\u00b2" ? "2" : tk.text === "\u00b3" ? "3" : "";
  if (power === "2" && SQUARES[unit] !== undefined) return { value: SQUARES[unit], end: caret + 1 };
  return power === "" ? { value: unit, end } : { value: "", end: caret + 1 };
}

/** The unit noun after a number, looking past at most three words ("4,700 North Korean soldiers"). */
export function unitAfter(c: Ctx, j: number): Unit {
  const { t } = c;
  let k = j;
  let skipped = 0;
  let adverb: string | undefined;
  let lastWord = -1;
  let increment = false;
  for (let steps = 0; steps < 8; steps++) {
    const tk = tokAt(c, k);
    if (tk === undefined) break;
    const model = modelEnd(c, k);
    if (model !== undefined) {
      if (++skipped > 3) break;
      k = model;
      continue;
    }
    // "20 Russian-made drones", "a 2,000-pound bomb"
    if (tk.kind === "dash" && tk.glued && tokAt(c, k + 1)?.kind === "word" && glued(c, k + 1)) {
      // "a 12-storey building", "a 12-point plan": an adjective, no count
      if (k === j && t.compounds.has(key(c, k + 1))) return { end: j, compound: true };
      k++;
      continue;
    }
    if (tk.kind !== "word") break;
    if ((tk.roles & AFTER_FIGURE) !== 0 && t.time.has(tk.key)) return { end: j, duration: true };
    const abbr = abbreviationEnd(c, k);
    if (abbr !== undefined) {
      if (++skipped > 3) break;
      k = abbr;
      continue;
    }
    const u = unitNoun(c, k);
    // "40 drone-carrying aircraft": the noun is part of an adjective, and the noun after it names the unit
    if (u !== undefined && beginsCompound(c, k, u.end)) {
      if (++skipped > 3) break;
      k = u.end + 2;
      continue;
    }
    // "30 anti-aircraft" with no noun after: what the count is of is not named
    if (u?.value === "") return { end: j };
    if (u !== undefined) {
      const sq = squareOf(c, u.value, u.end);
      return sq.value === "" || headAfter(c, sq.end) ? { end: j } : nounUnit(sq.value, sq.end, adverb, increment);
    }
    const n = trie(c, t.names, k);
    if (n !== undefined && skipped === 0 && !isPoundsOf(c, k, n.end)) return isWeight(c, k) ? { unit: "lb", end: n.end } : { currency: n.value, end: n.end };
    const adv = t.adverbs.get(tk.key);
    if (trie(c, t.incrementsAfter, k)?.end === k + 1) increment = true;
    else if (adv !== undefined) adverb = adv;
    else if (t.stop.has(tk.key) || t.months.has(tk.text)) break;
    // the role bits first: most words on the way to a unit are neither
    else if (((tk.roles & VALUE) !== 0 && t.numberWords.has(tk.key)) || ((tk.roles & AFTER_FIGURE) !== 0 && (t.multipliers.has(tk.key) || t.multiples.has(tk.key)))) break;
    if (++skipped > 3) break;
    lastWord = k;
    k++;
  }
  // a single phrase may name a unit the table does not know: "12 howitzers" (a plural noun,
  // not "3,000 more" or "5,000 Russian")
  if (c.phrase && lastWord >= 0 && adverb === undefined && (k >= c.toks.length || rate(c, k) !== undefined)) {
    const word = (c.toks[lastWord] as Token).text;
    if (lastWord === k - 1) {
      const one = singularNoun(word);
      return one !== word.toLowerCase() ? { unit: one, end: k } : { end: k };
    }
  }
  return { end: j };
}

