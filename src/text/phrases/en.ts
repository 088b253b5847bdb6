import { table } from "../../_lib/table.js";
import { EN_FIGURE_WORDS, EN_MODALITY } from "./en-modality.js";
import { EN_PLACE_NAMES } from "./en-places.js";
import { EN_ORDERS, EN_UNITS } from "./en-nouns.js";
import type { PhraseTable } from "./types.js";

const SMALL = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const numberWords: Record<string, number> = {};
SMALL.forEach((w, i) => (numberWords[w] = i));
TENS.forEach((w, i) => {
  if (w !== "") numberWords[w] = i * 10;
});

/**
 * The English phrase table: every word the quantity matcher reads in English
 * text. `parseEstimate` and `extractEstimates` use it for `locale: "en"`.
 * See `docs/grammar.md` for the grammar these lists feed.
 *
 * @category Parse
 * @example
 * EN_PHRASES.lowerBounds["more than"];
 * //=> true
 *
 * The table is frozen all the way down: to change it, copy what you change
 * (`{ ...EN_PHRASES, units: { ...EN_PHRASES.units, howitzers: "howitzer" } }`).
 */
export const EN_PHRASES: PhraseTable = /* @__PURE__ */ table({
  locale: "en",
  numbers: { decimal: ".", groups: [",", " ", "."] },
  hedges: [
    "about", "around", "approximately", "approx", "approx.", "roughly", "some", "nearly", "almost", "close to",
    "closer to", "an estimated", "the estimated", "estimated", "on average", "on average about", "an average of", "averaging",
    "circa", "c.", "ca.", "ca", "~", "≈", "∼", "≃", "est.", "an est.", "an approximate", "approximate", "in the region of", "in the neighbourhood of",
    "in the neighborhood of", "on the order of", "of the order of", "something like", "give or take",
    "nigh on", "the best part of", "more or less",
    // a verb of estimating with its preposition, as "estimated" alone: "losses were estimated at 3,000", "put at 3,000"
    "estimated at", "estimated to be", "estimated to number", "estimated to have been", "put at", "thought to be",
    "thought to number", "believed to be", "believed to number", "reckoned at", "reckoned to be",
  ],
  hedgesAfter: [
    "or so", "or thereabouts", "more or less", "give or take", "approximately", "roughly", "odd", "ish", "(est.)", "(approx.)",
    "(estimated)", "(approximately)", "(est)", "(approx)", "(roughly)",
  ],
  lowerBounds: {
    "at least": false, "no fewer than": false, "no less than": false, "not fewer than": false, "never fewer than": false,
    "never less than": false, "nothing less than": false, "nothing fewer than": false, "nothing short of": false,
    "none less than": false, "none fewer than": false,
    "not less than": false, "a minimum of": false, "at a minimum": false, "at minimum": false, "at the very least": false,
    "as few as": false, "as little as": false, "as low as": false, "upwards of": false, "upward of": false, "higher than": true,
    "tops": true,
    "more than": true, "over": true, "well over": true, "exceeded": true, "exceeding": true, "exceeds": true,
    "exceed": true, "in excess of": true, "above": true, "well above": true, "greater than": true, "beyond": true,
    "topped": true, "topping": true, "could exceed": true, "may exceed": true, "might exceed": true,
    "could top": true, "could surpass": true, "surpassed": true, "surpassing": true, "far more than": true,
    "many more than": true, "even more than": true, "north of": true, ">": true, "≥": false, "⩾": false, ">=": false,
    // thresholds: "passed 40,000", "crossed the 100,000 mark" (see thresholdVerbs)
    "pass": true, "passed": true, "passes": true, "passing": true, "cross": true, "crossed": true, "crosses": true, "crossing": true,
    "surpass": true, "surpasses": true, "broke": true, "breaks": true, "breaking": true, "breached": true,
    "past": true, "well past": true, "top": true,
  },
  upperBounds: {
    "up to": false, "as many as": false, "as much as": false, "as high as": false, "no more than": false,
    "not more than": false, "never more than": false, "nothing more than": false, "at most": false, "at the most": false, "a maximum of": false, "could reach": false,
    "may reach": false, "might reach": false, "could number": false,
    "could increase to": false, "could rise to": false, "could grow to": false, "could climb to": false,
    "may increase to": false, "may rise to": false, "might rise to": false, "might increase to": false,
    "less than": true, "fewer than": true, "under": true, "below": true, "well under": true, "well below": true,
    "short of": true, "shy of": true, "south of": true, "lower than": true, "<": true, "≤": false, "⩽": false, "<=": false,
    // "Not even 1,000 troops crossed": fewer than 1,000 crossed, no denial of the figure ("not quite" is a hedged bound)
    "not even": true,
  },
  lowerBoundsAfter: { "or more": false, "+": false, "plus": false, "and more": false, "at least": false, "or higher": false, "and above": false, "and up": false, "or above": false, "or over": false },
  upperBoundsAfter: { "or fewer": false, "or less": false, "at most": false, "at the most": false, "or below": false, "or under": false, "max": false, "tops": false },
  rangeOpeners: {
    between: ["and", "-", "to"],
    from: ["to", "-"],
    "anywhere from": ["to", "-"],
    "anywhere between": ["and", "-", "to"],
    "somewhere between": ["and", "-", "to"],
  },
  // "and" joins the ends of a range only after "between": "300 and 500 tanks" are two figures
  rangeConnectors: ["-", "to", "or"],
  rangeFillers: ["a range of", "range of", "in the range of", "ranging from", "ranges from"],
  proportionConnectors: ["out of", "in", "of every", "out of every", "in every"],
  numberWords,
  articles: ["a", "an"],
  multipliers: {
    hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
    lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7, crs: 1e7, bln: 1e9, trln: 1e12,
    mio: 1e6, mrd: 1e9, mlrd: 1e9,
    k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12,
  },
  multiplierSuffixes: {
    k: { value: 1e3 }, mn: { value: 1e6 }, mln: { value: 1e6 }, bn: { value: 1e9 }, tn: { value: 1e12 },
    trn: { value: 1e12 }, m: { value: 1e6, money: true }, b: { value: 1e9, money: true }, t: { value: 1e12, money: true },
  },
  andAHalf: ["and a half"],
  magnitudes: EN_ORDERS,
  fractions: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
    sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  },
  bareFractions: ["half"],
  percent: ["%", "percent", "per cent", "pct", "pc"],
  units: EN_UNITS,
  strength: ["strong"],
  currencySymbols: {
    $: "USD", "us$": "USD", "u.s.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "cn¥": "CNY", "₩": "KRW",
    "₽": "RUB", "₴": "UAH", "₹": "INR", rs: "INR", "rs.": "INR", "nz$": "NZD", "s$": "SGD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nt$": "TWD", "r$": "BRL",
  },
  // ISO 4217 codes in capitals; codes that are also English words in capitals ("ALL", "PEN", "TOP", "COP", "SDG",
  // "CUP", "MOP", "MAD", "SOS", "BAM") or common names ("AMD", "PHP", "NPR") are left out: in a headline they are words
  currencyCodes: [
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "KPW", "RUB", "UAH", "INR", "AUD", "CAD", "CHF", "TWD", "HKD", "BRL", "IRR", "ILS", "TRY", "PLN",
    "NOK", "SEK", "DKK", "ISK", "CZK", "HUF", "RON", "BGN", "RSD", "MKD", "MDL", "BYN", "GEL", "AZN", "KZT", "UZS", "KGS", "TJS", "TMT",
    "NZD", "SGD", "ZAR", "MXN", "ARS", "CLP", "UYU", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "LBP", "SYP", "IQD", "YER",
    "EGP", "LYD", "TND", "DZD", "SSP", "ETB", "KES", "UGX", "TZS", "RWF", "NGN", "GHS", "XOF", "XAF", "CDF", "AFN", "PKR", "BDT",
    "LKR", "MMK", "THB", "MYR", "IDR", "VND", "KHR", "MNT", "XDR",
  ],
  currencyNames: {
    dollar: "USD", dollars: "USD", "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD", "american dollars": "USD",
    euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", "british pounds": "GBP", "pounds sterling": "GBP",
    sterling: "GBP", yen: "JPY", "japanese yen": "JPY", yuan: "CNY", "chinese yuan": "CNY", renminbi: "CNY",
    won: "KRW", "south korean won": "KRW", "north korean won": "KPW", ruble: "RUB", rubles: "RUB", rouble: "RUB",
    roubles: "RUB", "russian rubles": "RUB", "russian roubles": "RUB", hryvnia: "UAH", hryvnias: "UAH",
    "ukrainian hryvnias": "UAH", rupee: "INR", rupees: "INR", "indian rupees": "INR",
    "australian dollars": "AUD", "canadian dollars": "CAD", "swiss francs": "CHF",
    "hong kong dollars": "HKD", "new taiwan dollars": "TWD", "iranian rials": "IRR", shekels: "ILS",
    "israeli new shekels": "ILS", "turkish lira": "TRY", "polish zlotys": "PLN", zlotys: "PLN", reais: "BRL",
    "brazilian reals": "BRL", "norwegian kroner": "NOK", "norwegian krone": "NOK", "swedish kronor": "SEK",
    "swedish krona": "SEK", "danish kroner": "DKK", "danish krone": "DKK", "czech koruna": "CZK", "czech korunas": "CZK",
    "hungarian forints": "HUF", forints: "HUF", "romanian lei": "RON", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "south african rand": "ZAR", "mexican pesos": "MXN", "saudi riyals": "SAR",
    "uae dirhams": "AED", "emirati dirhams": "AED", "qatari riyals": "QAR", "pakistani rupees": "PKR", "thai baht": "THB",
    "indonesian rupiah": "IDR",
  },
  rateWords: ["a", "an", "per", "each", "every"],
  ratePeriods: { day: "day", week: "week", month: "month", year: "year", hour: "hour", night: "night", annum: "year" },
  rateAdverbs: { daily: "day", weekly: "week", monthly: "month", yearly: "year", annually: "year", hourly: "hour", nightly: "night" },
  timeNouns: [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
    "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    "weekend", "weekends", "hrs", "mins", "yrs",
  ],
  months: [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ],
  calibres: ["mm", "millimeter", "millimeters", "millimetre", "millimetres", "cm", "calibre", "caliber", "cal", "inch", "inches"],
  ordinalSuffixes: ["st", "nd", "rd", "th"],
  decadeSuffixes: ["s"],
  clockWords: ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "o'clock", "hrs", "cet", "est", "edt", "kst"],
  ordinalWords: ["first", "second", "third", "fourth", "last", "latter", "former", "other", "final", "next", "previous"],
  labelNouns: [
    "article", "articles", "resolution", "section", "chapter", "clause", "paragraph", "page", "pages", "route",
    "highway", "flight", "phase", "stage", "level", "no", "number", "unit", "brigade", "division", "regiment",
    "battalion", "corps", "district", "zone", "sector", "hill", "gate", "platform", "exit", "room", "block",
    "building", "version", "model", "type", "series", "item", "line", "grade", "class", "size", "channel",
    "camp", "bunker", "facility", "reactor", "site", "region", "g", "p", "mark", "mk", "covid", "day", "house", "apartment", "road",
    "law", "bill", "decree", "table", "tables", "figure", "fig", "annex", "appendix", "volume", "vol", "para", "art", "ch",
    "pp", "kilometre", "kilometer", "milepost", "square", "hotline", "map", "footnote",
  ],
  changeVerbs: [
    "rose", "risen", "rising", "rises", "rise", "increased", "increasing", "increases", "increase", "grew", "grown",
    "growing", "grows", "fell", "fallen", "falling", "falls", "dropped", "dropping", "drops", "declined", "declining",
    "decreased", "decreasing", "jumped", "jumping", "climbed", "climbing", "surged", "surging", "soared", "soaring",
    "swelled", "swollen", "doubled", "tripled", "revised", "raised", "lowered", "cut", "reduced", "went", "gone", "goes", "going",
    "expanded", "shrank", "shrunk", "escalated", "upped", "up", "down", "changed", "moved", "spiked", "plunged",
    "slipped", "edged", "ballooned", "leapt", "leaped", "upward", "upwards", "downward", "downwards", "slumped",
    "plummeted", "tumbled", "sank", "sunk", "dipped", "slid", "slashed", "boosted", "hiked",
    "raising", "raises", "raise", "boosting", "boosts", "lowering", "lowers", "cutting", "cuts", "reducing", "reduces",
    "revising", "revises", "slashing",
  ],
  stopWords: [
    "and", "or", "but", "nor", "in", "on", "at", "to", "from", "by", "for", "with", "without", "into", "onto",
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should",
    "may", "might", "must", "can", "do", "does", "did", "the", "a", "an", "this", "that", "these", "those", "which",
    "who", "whom", "whose", "as", "than", "since", "after", "before", "during", "while", "per", "each", "every",
    "of", "over", "under", "about", "around", "across", "through", "between", "among", "against", "within",
    "including", "included", "plus", "minus", "versus", "vs", "according", "said", "says", "told", "reported",
    "it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our", "you", "your", "i", "my",
    "there", "here", "when", "where", "why", "how", "what", "if", "then", "so", "not", "no", "also", "only",
    "most", "least", "up", "down", "out", "off", "again", "still", "yet", "all", "both",
    "either", "neither", "other", "another", "such", "some", "any", "many", "much", "few", "several", "last",
    "next", "ago", "later", "earlier", "now", "then", "toward", "towards", "via", "upon", "until", "till",
    "because", "though", "although", "whether", "like", "near", "beyond", "above", "below", "behind", "since",
  ],
  thresholdVerbs: ["pass", "passed", "passes", "passing", "cross", "crossed", "crosses", "crossing", "broke", "breaks", "breaking", "breached", "past", "well past", "top"],
  thresholdNouns: ["mark", "barrier", "milestone", "threshold", "benchmark", "level", "figure", "line"],
  compoundNouns: [
    "storey", "storeys", "story", "storied", "storeyed", "floor", "floors", "point", "seat", "seater", "bed", "page", "lane",
    "room", "nation", "country", "party", "step", "digit", "letter", "word", "sided", "member", "judge", "car", "vehicle",
    "round", "game", "match", "stage", "phase", "part", "track", "gun", "barrel", "tube", "wheel", "wheeled", "engine",
    "engined", "tier", "level", "grade", "star",
  ],
  ageWords: ["aged", "age", "ages", "ageing", "aging"],
  ageGroupNouns: [
    "children", "child", "kids", "boys", "girls", "men", "women", "people", "adults", "those", "anyone", "everyone", "males",
    "females", "teenagers", "youths", "minors", "pupils", "students", "babies", "infants", "persons", "citizens",
  ],
  voteWords: ["vote", "votes", "voted", "ballot", "ballots", "abstentions", "abstained", "abstaining"],
  ratioWords: [
    "ratio", "ratios", "odds", "outnumbered", "outnumber", "outnumbers", "outnumbering", "outgunned", "outmanned", "favour",
    "favor", "advantage", "margin",
  ],
  tallyVerbs: ["passed", "adopted", "approved", "carried", "rejected", "defeated", "backed", "endorsed"],
  addressNouns: [
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "lane", "square", "prospekt",
    "prospect", "drive", "place", "embankment", "alley", "vulytsia", "ulitsa", "way", "terrace", "crescent", "court",
  ],
  placeNames: EN_PLACE_NAMES,
  comparativesBelow: ["fewer", "less", "lower", "smaller", "lesser", "down"],
  comparativesAbove: ["higher", "greater", "larger", "bigger", "up"],
  eventNouns: [
    "invasion", "war", "wars", "election", "elections", "offensive", "counteroffensive", "counter-offensive", "ceasefire",
    "cease-fire", "truce", "armistice", "agreement", "accord", "accords", "deal", "treaty", "pact", "census", "budget",
    "campaign", "uprising", "revolution", "coup", "referendum", "crisis", "earthquake", "quake", "flood", "floods", "famine",
    "olympics", "summit", "protests", "conflict", "incursion", "annexation", "mobilisation", "mobilization", "massacre",
    "genocide", "siege", "bombing", "bombings", "operation", "assault", "withdrawal", "escalation", "pandemic", "law",
    "survey", "report", "invasions", "occupation", "blockade", "insurgency", "intifada", "battle", "talks",
    "negotiations", "sanctions", "hurricane", "tsunami", "cyclone", "riots", "raid", "incident", "season", "estimate",
    "estimates", "figures", "levels", "data", "count", "tally",
  ],
  best: ["best estimate", "best estimate of", "central estimate", "best guess"],
  ...EN_FIGURE_WORDS,
  // "revised up by 1,200", "revised upward by 1,200", "up 20%": the size of a rise
  increaseVerbs: [...EN_FIGURE_WORDS.increaseVerbs, "up", "upward", "upwards", "soared", "spiked", "ballooned", "hiked", "leapt", "leaped", "raising", "raises", "raise", "boosting", "boosts", "boost",
    "reinforced", "reinforces", "reinforcing", "reinforce", "bolstered", "bolsters", "bolstering", "bolster", "augmented", "augments",
    "augmenting", "augment", "strengthened", "strengthens", "strengthening", "strengthen", "expands", "expanding", "expand",
  ],
  // "slumped by 60,000 tonnes", "revised downward by 300": the size of a fall
  decreaseVerbs: [
    ...EN_FIGURE_WORDS.decreaseVerbs, "downward", "downwards", "slumped", "slumps", "slumping", "plummeted", "plummets",
    "plummeting", "tumbled", "tumbles", "tumbling", "sank", "sinks", "sinking", "sunk", "slid", "slides", "sliding",
    "shrink", "dip", "drop", "fall", "decline", "decrease", "plunge", "slump", "plummet", "tumble", "sink", "slide", "halved",
    "lowering", "lowers", "cutting", "cuts", "reducing", "reduces", "reduce", "slashing", "slashes",
  ],
  modality: EN_MODALITY,
});
