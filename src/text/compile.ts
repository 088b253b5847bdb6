/**
 * A phrase table compiled into tries and sets, once per table.
 * @internal
 */
import type { PhraseTable } from "./phrases/types.js";
import { trieOf, unionOf } from "./trie.js";
import type { Trie, UnionTrie } from "./trie.js";
import type { NumberMarks } from "./tokenize.js";
import { AFTER_FIGURE, BEFORE_FIGURE, CHANGE, CLAUSE_BREAK, CUE, NEGATION, NOT_COUNT, rolesFor, VALUE } from "./roles.js";
import type { KeyRole, Roles } from "./roles.js";

/** A compiled table: the tries, sets and maps the grammar reads with. */
export type Compiled = Readonly<
  { marks: NumberMarks; starters: ReadonlySet<string>; roles: Roles; leadBits: number; leads: UnionTrie } & ReturnType<typeof figureParts> & ReturnType<typeof contextParts>
>;

/** The index of each trie of the words before a figure in `leads`, the union of them all (see `unionOf`); its bit there is `1 << index`. @internal */
export const LEAD_LOWER = 0;
export const LEAD_UPPER = 1;
export const LEAD_HEDGED = 2;
export const LEAD_HEDGE = 3;
export const LEAD_INCREMENT = 4;
export const LEAD_FRAME = 5;
export const LEAD_FILLER = 6;

export const cache = new WeakMap<PhraseTable, Compiled>();

export function entries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record);
}

export function flags(list: readonly string[]): [string, true][] {
  return list.map((w) => [w, true]);
}

type Build = <T>(e: Iterable<readonly [string, T]>) => Trie<T>;
const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

/** The parts of the grammar that read the figure itself: numbers, bounds, ranges, units. */
function figureParts(table: PhraseTable, trie: Build) {
  return {
    hedges: trie(flags(table.hedges)),
    hedgesAfter: trie(flags(table.hedgesAfter)),
    lower: trie(entries(table.lowerBounds)),
    upper: trie(entries(table.upperBounds)),
    lowerAfter: trie(entries(table.lowerBoundsAfter)),
    upperAfter: trie(entries(table.upperBoundsAfter)),
    openers: trie(entries(table.rangeOpeners).map(([k, v]) => [k, new Set(v.map((w) => (w === "-" ? "-" : w.toLowerCase())))] as const)),
    connectors: lower(table.rangeConnectors),
    fillers: trie(flags(table.rangeFillers)),
    proportion: trie(flags(table.proportionConnectors)),
    numberWords: new Map(entries(table.numberWords)),
    articles: lower(table.articles),
    multipliers: new Map(entries(table.multipliers)),
    suffixes: new Map(entries(table.multiplierSuffixes)),
    andHalf: trie(flags(table.andAHalf)),
    magnitudes: trie(entries(table.magnitudes)),
    fractions: new Map(entries(table.fractions)),
    bare: lower(table.bareFractions),
    percent: trie(flags(table.percent)),
    units: trie(entries(table.units)),
    strength: lower(table.strength),
    symbols: trie(entries(table.currencySymbols)),
    codes: new Set(table.currencyCodes),
    names: trie(entries(table.currencyNames)),
    rateWords: lower(table.rateWords),
    periods: new Map(entries(table.ratePeriods)),
    adverbs: new Map(entries(table.rateAdverbs)),
    best: trie(flags(table.best)),
    hedgedBounds: trie(entries(table.hedgedBounds ?? {})),
    unknownMultipliers: lower(table.unknownMultipliers ?? []),
    negative: lower(table.negativeWords ?? []),
    multiples: lower(table.multiples ?? []),
    comparisons: trie(flags(table.comparisons ?? [])),
  };
}

/** The parts that read the words around a figure: what is not a quantity, framing, increments, modality. */
function contextParts(table: PhraseTable, trie: Build) {
  return {
    time: lower(table.timeNouns),
    months: new Set(table.months),
    calibres: lower(table.calibres),
    ordinalSuffixes: lower(table.ordinalSuffixes),
    decades: lower(table.decadeSuffixes),
    clock: trie(flags(table.clockWords)),
    ordinalWords: lower(table.ordinalWords),
    labels: lower(table.labelNouns),
    change: lower(table.changeVerbs),
    stop: lower(table.stopWords),
    framing: trie(flags(table.framing ?? [])),
    increments: trie(flags(table.increments ?? [])),
    incrementsAfter: trie(flags(table.incrementsAfter ?? [])),
    particleVerbs: lower(table.particleVerbs ?? []),
    increase: lower(table.increaseVerbs ?? []),
    decrease: lower(table.decreaseVerbs ?? []),
    events: lower(table.eventNouns ?? []),
    thresholdVerbs: lower(table.thresholdVerbs ?? []),
    thresholdNouns: lower(table.thresholdNouns ?? []),
    below: lower(table.comparativesBelow ?? []),
    compounds: lower(table.compoundNouns ?? []),
    ages: lower(table.ageWords ?? []),
    ageGroups: lower(table.ageGroupNouns ?? []),
    votes: lower(table.voteWords ?? []),
    ratios: lower(table.ratioWords ?? []),
    tallyVerbs: lower(table.tallyVerbs ?? []),
    addresses: lower(table.addressNouns ?? []),
    places: new Set(table.placeNames ?? []),
    above: lower(table.comparativesAbove ?? []),
    negations: lower(table.modality?.negations ?? []),
    cues: new Map(entries(table.modality?.cues ?? {}).map(([k, v]) => [k.toLowerCase(), v] as const)),
    growth: lower(table.modality?.growthVerbs ?? []),
    clauseBreaks: lower(table.modality?.clauseBreaks ?? []),
    planVerbs: lower(table.modality?.planVerbs ?? []),
  };
}

/** The first keys of every phrase that can start a quantity: the matcher tries only tokens with one. */
function startersOf(c: Omit<Compiled, "starters" | "roles" | "leadBits" | "leads">): ReadonlySet<string> {
  const starters = new Set<string>(["#"]);
  const tries = [c.hedges, c.lower, c.upper, c.openers, c.fillers, c.magnitudes, c.symbols, c.framing, c.increments, c.hedgedBounds];
  for (const t of tries as Trie<unknown>[]) for (const k of t.next.keys()) starters.add(k);
  for (const k of [...c.numberWords.keys(), ...c.articles, ...c.bare]) starters.add(k);
  for (const k of c.codes) starters.add(k.toLowerCase());
  return starters;
}

/**
 * The role bits of the tries whose phrases are read before a figure ("about",
 * "more than", "the total of"), or 0 when one of them has no bit: a token
 * with none of them starts no lead phrase.
 */
function leadBits(c: Omit<Compiled, "starters" | "roles" | "leadBits" | "leads">): number {
  const tries = [c.lower, c.upper, c.hedgedBounds, c.hedges, c.increments, c.framing, c.fillers] as Trie<unknown>[];
  return tries.some((t) => t.bit === 0) ? 0 : tries.reduce((bits, t) => bits | t.bit, 0);
}

/** The roles a key has by the sets it is in, tested once per key rather than at every look-up of a token. */
function keyRoles(c: Omit<Compiled, "starters" | "roles" | "leadBits" | "leads">): KeyRole[] {
  return [
    // what `mayValue` asks of a word
    { bit: VALUE, has: (k) => c.numberWords.has(k) || c.articles.has(k) || c.bare.has(k) || c.symbols.next.has(k) },
    // a negation as modality reads one: "not", "never", or any word ending in "n't"
    { bit: NEGATION, has: (k) => c.negations.has(k) || k.endsWith("n't") },
    { bit: CUE, has: (k) => c.cues.has(k) },
    { bit: CHANGE, has: (k) => c.change.has(k) },
    { bit: CLAUSE_BREAK, has: (k) => c.clauseBreaks.has(k) },
    // bits that let a look-up of these sets be passed over where a token has none (see `mayHave`)
    { bit: AFTER_FIGURE, has: (k) => c.multipliers.has(k) || c.suffixes.has(k) || c.unknownMultipliers.has(k) || c.below.has(k) || c.above.has(k) || c.calibres.has(k) || c.time.has(k) || c.multiples.has(k) },
    { bit: BEFORE_FIGURE, has: (k) => c.labels.has(k) || c.increase.has(k) || c.decrease.has(k) },
    { bit: NOT_COUNT, has: (k) => c.ages.has(k) || c.ageGroups.has(k) || c.votes.has(k) || c.tallyVerbs.has(k) || c.negative.has(k) },
  ];
}

/** The table turned into tries and sets, once per table. @internal */
export function compile(table: PhraseTable): Compiled {
  const hit = cache.get(table);
  if (hit !== undefined) return hit;
  const marks: NumberMarks = table.numbers;
  const trie: Build = (e) => trieOf(e, marks);
  const parts = { marks, ...figureParts(table, trie), ...contextParts(table, trie) };
  const starters = startersOf(parts);
  const roles = rolesFor(parts, starters, parts.codes, keyRoles(parts));
  // in the order of the LEAD_ indices
  const leads = unionOf([parts.lower, parts.upper, parts.hedgedBounds, parts.hedges, parts.increments, parts.framing, parts.fillers] as Trie<unknown>[]);
  const c: Compiled = { ...parts, starters, roles, leadBits: leadBits(parts), leads };
  cache.set(table, c);
  return c;
}
