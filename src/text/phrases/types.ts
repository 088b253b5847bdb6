import type { MagnitudeOrder } from "../../estimate/magnitude.js";

/**
 * How a word before a figure bears on what the figure is doing in its sentence:
 *
 * - `planned`, `projected`, `potential`: the figure is a plan ("decided to send"),
 *   a projection ("expected to reach") or a possibility ("potentially").
 * - `future` ("will"): a plan before a verb of doing on purpose ("will send"), else a projection ("will reach", "will lose").
 * - `modal` ("could", "may"): a projection before a verb of growth ("could reach"), else a possibility.
 * - `intent` ("pledged", "agreed"): a plan before "to" ("pledged to send"), else nothing ("pledged $500 million" is asserted).
 * - `denial` ("rejected", "dismissed"): a denial before a word of report ("rejected reports that", "dismissed claims of") or a
 *   clause's "that" ("disputed that"), else nothing ("dismissed 3,000 officers" is asserted).
 *
 * @category Parse
 * @example
 * EN_PHRASES.modality?.cues["decided"];
 * //=> "planned"
 */
export type ModalityCue = "planned" | "projected" | "potential" | "future" | "modal" | "intent" | "denial";

/**
 * The words of one language that the quantity matcher reads. The matcher is
 * the same for every language; a language is this table and nothing else.
 *
 * Every phrase is written as it appears in text, in lower case, words
 * separated by single spaces; a hyphen inside a phrase ("billion-dollar")
 * matches any dash written without spaces around it. Symbols such as `"$"` or
 * `"%"` are phrases of their own. Where a phrase maps to a value, the value is
 * given. See `docs/grammar.md` for how each list is used.
 *
 * @category Parse
 * @example
 * EN_PHRASES.hedges.includes("approximately");
 * //=> true
 */
export interface PhraseTable {
  /** The BCP 47 language subtag the table is for: `"en"`. */
  readonly locale: string;
  /** How numbers are written: the decimal mark and the marks between thousands. */
  readonly numbers: {
    readonly decimal: "." | ",";
    readonly groups: readonly ("," | "." | " ")[];
  };
  /** Words before a figure that make it approximate: "about", "some", "an estimated". */
  readonly hedges: readonly string[];
  /** Words after a figure that make it approximate: "or so", "or thereabouts". */
  readonly hedgesAfter: readonly string[];
  /** Words before a figure that make it a lower bound, with strictness: "at least" (false), "more than" (true). */
  readonly lowerBounds: Readonly<Record<string, boolean>>;
  /** Words before a figure that make it an upper bound: "up to" (false), "fewer than" (true). */
  readonly upperBounds: Readonly<Record<string, boolean>>;
  /** Words after a figure that make it a lower bound: "or more", "+". */
  readonly lowerBoundsAfter: Readonly<Record<string, boolean>>;
  /** Words after a figure that make it an upper bound: "or fewer", "at most". */
  readonly upperBoundsAfter: Readonly<Record<string, boolean>>;
  /** Words that open a range, each with the words that may join its two ends: "between" → ["and"]. */
  readonly rangeOpeners: Readonly<Record<string, readonly string[]>>;
  /** Words that join the two ends of a range with no opener: "-", "to", "or". */
  readonly rangeConnectors: readonly string[];
  /** Filler that may stand before a range and adds nothing: "a range of", "in the range of". */
  readonly rangeFillers: readonly string[];
  /** Words that join a part and a whole into a proportion: "out of", "in". */
  readonly proportionConnectors: readonly string[];
  /** Spelled-out numbers below a hundred: "one" → 1, "twenty" → 20. */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Articles that count as one before a multiplier: "a", "an". */
  readonly articles: readonly string[];
  /** Multipliers written as words: "hundred" → 100, "million" → 1e6, "dozen" → 12, "bn" → 1e9. */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Multipliers glued to digits ("6K", "5.5bn"); `money: true` where the letter only means this after a currency ("$5m"). */
  readonly multiplierSuffixes: Readonly<Record<string, { readonly value: number; readonly money?: boolean }>>;
  /** The words joining a half to a number: "and a half" ("two and a half million"). */
  readonly andAHalf: readonly string[];
  /** Words for an order of magnitude, with the order and, for "billion-dollar", the currency it implies. */
  readonly magnitudes: Readonly<Record<string, { readonly order: MagnitudeOrder; readonly currency?: string }>>;
  /** Fraction words with their denominator: "half" → 2, "third" → 3, "thirds" → 3. */
  readonly fractions: Readonly<Record<string, number>>;
  /** Fraction words that stand alone without a numerator: "half". */
  readonly bareFractions: readonly string[];
  /** Words that make a number a percentage: "%", "percent", "per cent". */
  readonly percent: readonly string[];
  /** Nouns that name a unit, plural and singular, with the unit: "troops" → "person", "shells" → "shell". */
  readonly units: Readonly<Record<string, string>>;
  /** Words glued to a number by a hyphen that name a force of people: "50,000-strong". */
  readonly strength: readonly string[];
  /** Currency symbols and codes written before a number: "$" → "USD", "€" → "EUR". */
  readonly currencySymbols: Readonly<Record<string, string>>;
  /** ISO 4217 codes read in capitals before or after a number: "USD", "EUR". */
  readonly currencyCodes: readonly string[];
  /** Currency names written after a number or after "of": "dollars" → "USD", "US dollars" → "USD". */
  readonly currencyNames: Readonly<Record<string, string>>;
  /** Words that turn the next period word into a rate: "a", "per", "each". */
  readonly rateWords: readonly string[];
  /** Period words, singular, with the rate denominator: "day" → "day". */
  readonly ratePeriods: Readonly<Record<string, string>>;
  /** Adverbs that are a rate by themselves: "daily" → "day", "annually" → "year". */
  readonly rateAdverbs: Readonly<Record<string, string>>;
  /** Nouns of time: a number before one is a duration ("three days"), not a quantity. */
  readonly timeNouns: readonly string[];
  /** Month names and abbreviations, as capitalised in text: "January", "Jan". */
  readonly months: readonly string[];
  /** Words that make a number a calibre: "mm", "millimeter", "calibre". */
  readonly calibres: readonly string[];
  /** Letters glued to a number that make it an ordinal: "st", "nd", "rd", "th". */
  readonly ordinalSuffixes: readonly string[];
  /** Letters glued to a number that make it a decade: "s" ("1990s"). */
  readonly decadeSuffixes: readonly string[];
  /** Words after a number that make it a clock time: "am", "p.m.", "GMT", "o'clock". */
  readonly clockWords: readonly string[];
  /** Ordinal words that keep a fraction from being one: "first" ("the first half of 2024"). */
  readonly ordinalWords: readonly string[];
  /** Nouns before a number that make it a label, not a quantity: "article", "resolution", "route". */
  readonly labelNouns: readonly string[];
  /** Verbs of change: "rose from 300 to 4,000" is two figures, not a range. */
  readonly changeVerbs: readonly string[];
  /** Function words: the look for a unit noun stops at one ("4,000 in March"). */
  readonly stopWords: readonly string[];
  /** The words that open a best estimate in parentheses: "best estimate". */
  readonly best: readonly string[];
  /** Determiners and framing before a figure that do not change it: "the", "a total of", "only", "all". */
  readonly framing?: readonly string[];
  /** Words before a figure that make it an increment: "another", "an additional", "a further". */
  readonly increments?: readonly string[];
  /** Words after a figure that make it an increment: "more" ("3,000 more"), "additional". */
  readonly incrementsAfter?: readonly string[];
  /** Bounds that are also approximate, with their side and strictness: "just over" (lower, strict), "nearing" (upper, strict). */
  readonly hedgedBounds?: Readonly<Record<string, { readonly lower: boolean; readonly strict: boolean }>>;
  /** Verbs after which a bound word is a particle, not a bound: "handed" ("handed over two prisoners"). */
  readonly particleVerbs?: readonly string[];
  /** Scale words the table cannot read: a figure with one of these is refused, never read without it ("quadrillion"). */
  readonly unknownMultipliers?: readonly string[];
  /** Verbs of increase: a figure right after one, or after one and "by", is an increment ("rose by 1,500", "grew 12%"). */
  readonly increaseVerbs?: readonly string[];
  /**
   * Verbs of decrease: a figure with no unit right after one, or any figure after one and "by",
   * is the size of a fall, which is refused as a negative change ("losses fell 3,000", "revised
   * down by 3,000"); "fell to 3,000" is a level.
   */
  readonly decreaseVerbs?: readonly string[];
  /**
   * Nouns of an event or a period that a year names: a four-digit number right before one, or
   * before one and its adjectives, is a year ("the 2022 invasion", "the 2024 election"), not a
   * count, even when a unit noun follows ("the 2022 invasion killed thousands").
   */
  readonly eventNouns?: readonly string[];
  /**
   * Lower bounds of `lowerBounds` that are verbs of passing a threshold and also verbs of
   * passing a thing ("passed", "crossed", "broke"): they bound only a figure that is a share, a
   * sum of money, or a round hundred or more of people or of nothing named ("passed 40,000"),
   * or one before a noun of `thresholdNouns`; "crossed 3 rivers" and "passed 12 bills" are counts.
   */
  readonly thresholdVerbs?: readonly string[];
  /**
   * Nouns after a figure that make it a threshold: "the 500,000 mark", "the 10,000 barrier".
   * A bound before "the" and such a figure bounds it ("passed the 500,000 mark", "below the
   * 5% threshold"); the noun is part of the phrase.
   */
  readonly thresholdNouns?: readonly string[];
  /**
   * Comparatives after a figure that make it a difference below something else: "25,000 fewer
   * soldiers than in 2022", "2,000 less than the official tally", "12% lower than". The figure
   * is the size of a change below zero, and is refused as a negative figure is.
   */
  readonly comparativesBelow?: readonly string[];
  /**
   * Comparatives after a figure that make it a difference above something else: "12% higher
   * than", "$2bn greater than". The figure is an increment, as the size of a rise is.
   */
  readonly comparativesAbove?: readonly string[];
  /**
   * Nouns that, joined to a number by a hyphen, make an adjective of it that describes the
   * noun after it: "a 12-storey building", "a five-storey block", "a 12-point plan", "a
   * 300-bed hospital". The number is no count, and is refused as a designation.
   */
  readonly compoundNouns?: readonly string[];
  /**
   * Words before a number that make it an age: "aged 14", "aged 5 to 12", "aged under 25", "the
   * ages of 18 and 60". An age is refused as a duration is; it counts no one.
   */
  readonly ageWords?: readonly string[];
  /**
   * Nouns of people of an age, before a bound that is then an age: "children under 5", "men
   * over 60", "those under 18". The figure is refused as an age is.
   */
  readonly ageGroupNouns?: readonly string[];
  /**
   * Words of a vote: a number before one ("311 votes to 112", "a 316-53 vote") or after one
   * ("voted 326 to 290", "by a vote of 400 to 175") is part of a tally, which is refused whole:
   * its two numbers are no range, and count votes, not people.
   */
  readonly voteWords?: readonly string[];
  /**
   * Words of a ratio or odds: two numbers joined by "to", the smaller at most ten, with one of
   * these a few words before them ("a ratio of 3 to 1", "outnumbered 3 to 1") or after them
   * ("3 to 1 in Russia's favour", "a 3-to-1 advantage") are the terms of a ratio, refused
   * whole: they are no range and count nothing.
   */
  readonly ratioWords?: readonly string[];
  /**
   * Verbs that a tally of votes follows with no vote word: a number after one, joined by "to"
   * or a dash to a smaller number, is a tally ("the resolution passed 141 to 5", "the assembly
   * adopted it 120-3").
   */
  readonly tallyVerbs?: readonly string[];
  /**
   * Nouns of a street or a square: a number before a name and one of these ("14 Khreshchatyk
   * Street", "10 Downing St") is a house number, refused as a designation.
   */
  readonly addressNouns?: readonly string[];
  /**
   * Names of places as written, capitalised, that may stand before a count as the one it goes
   * to: before a number with a unit noun right after it ("Germany sent Ukraine 100 tanks",
   * "gave Kyiv 300 drones"), such a name does not make the number part of a name, as another
   * capitalised word does ("Leopard 2", "Mirage 2000 jets").
   */
  readonly placeNames?: readonly string[];
  /** Words before a number that make it negative: "minus". Negative figures are refused. */
  readonly negativeWords?: readonly string[];
  /** Words after a number that make it a multiple: "times" ("three times as many"), "fold". */
  readonly multiples?: readonly string[];
  /** Words after a multiple that make it a comparison: "as many", "as much", "higher", "more". */
  readonly comparisons?: readonly string[];
  /** The words that say what a figure is doing: negations, cue words, and the verbs of growth that make a modal a projection. */
  readonly modality?: {
    /** Words that negate a figure: "not", "never", and any word ending in "n't". */
    readonly negations: readonly string[];
    /** Cue words before a figure, each with what it makes of the figure. */
    readonly cues: Readonly<Record<string, ModalityCue>>;
    /** Verbs of growth: after "could" or "will" they make a projection ("could reach", "will exceed"). */
    readonly growthVerbs: readonly string[];
    /** Words that end the clause a cue can reach across: "and", "but", "which". */
    readonly clauseBreaks: readonly string[];
    /** Verbs of doing on purpose: after "will" they make a plan ("will send"), others a projection ("will lose"). */
    readonly planVerbs?: readonly string[];
  };
}
