/** English nouns whose plural is not made with -s or -es. */
const IRREGULAR: readonly (readonly [singular: string, plural: string])[] = [
  ["person", "people"],
  ["child", "children"],
  ["man", "men"],
  ["woman", "women"],
];

/**
 * Nouns that are their own plural ("12 aircraft", "500 personnel"), and the abbreviations of
 * measures, which take no -s ("1,000 km", "40 kg", "5 lb").
 */
const INVARIANT = new Set([
  "aircraft", "spacecraft", "hovercraft", "watercraft", "personnel", "materiel", "matériel", "equipment", "ammunition",
  "artillery", "infantry", "cavalry", "police", "livestock", "sheep", "deer", "fish", "series", "species", "headquarters",
  "km", "m", "cm", "mm", "kg", "g", "t", "kt", "lb", "oz", "mi", "nmi", "ha", "l", "ml", "kW", "MW", "GW", "h", "min",
]);

/** Units written in other words than their name, singular and plural: "5 million SIPRI TIV" for 5 of "SIPRI-TIV-million". */
const UNIT_WORDS = new Map<string, readonly [one: string, many: string]>([
  ["SIPRI-TIV-million", ["million SIPRI TIV", "million SIPRI TIV"]],
  ["km2", ["km²", "km²"]],
  ["mile2", ["square mile", "square miles"]],
]);

/** The last word of a noun and what comes before it: "fighter aircraft" → ["fighter ", "aircraft"]. */
function lastWord(noun: string): [string, string] {
  const at = noun.lastIndexOf(" ") + 1;
  return [noun.slice(0, at), noun.slice(at)];
}

/**
 * A word that is a sign rather than a noun, and takes no -s: one with no letters ("%", "$",
 * "‰"), one ending in a character that is neither a letter nor a digit ("m²"), or one holding a
 * symbol ("°C", "€bn"). A name ending in a digit is a noun ("T-72" → "T-72s").
 */
const SIGN = /^[^\p{L}]*$|[^\p{L}\p{Nd}]$|\p{S}/u;

/** The plural of an English noun, for unit words: "person" → "people", "battery" → "batteries", "fighter aircraft", "km", "%", "°C" and a plural ("households") as they are. */
export function pluralNoun(noun: string): string {
  const named = UNIT_WORDS.get(noun);
  if (named !== undefined) return named[1];
  const [head, word] = lastWord(noun);
  if (INVARIANT.has(word) || SIGN.test(word)) return noun;
  const irregular = IRREGULAR.find(([one]) => one === word);
  if (irregular !== undefined) return `${head}${irregular[1]}`;
  // a unit written in the plural already ("households", "tonnes", "people") stays as it is; "bus" and "glass" do not end so
  if (/[^suiA-Z]s$/.test(word) || IRREGULAR.some(([, many]) => many === word)) return noun;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${noun}es`;
  if (/[^aeiou]y$/.test(word)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A unit's noun as written after `count`: "1 person", "2 people", "12 aircraft", "5 million SIPRI TIV". */
export function nounFor(noun: string, count: number): string {
  return count === 1 ? (UNIT_WORDS.get(noun)?.[0] ?? noun) : pluralNoun(noun);
}

/** The irregular plurals, to their singular: "people" → "person". */
const SINGULAR_OF = new Map(IRREGULAR.map(([one, many]) => [many, one]));

/**
 * The singulars of the words asked for lately, by word as written; emptied when full, so it
 * stays small. Only words of up to 12 characters are kept: a longer one may be a slice that
 * holds on to the whole text it was cut from.
 */
const SINGULARS = new Map<string, string>();
const SINGULARS_MAX = 512;
const CACHED_LENGTH = 12;

/** The singular of an English noun, lower case: "People" → "person", "howitzers" → "howitzer", "series" as it is. */
export function singularNoun(word: string): string {
  if (word.length > CACHED_LENGTH) return singularOf(word.toLowerCase());
  let one = SINGULARS.get(word);
  if (one === undefined) {
    one = singularOf(word.toLowerCase());
    if (SINGULARS.size >= SINGULARS_MAX) SINGULARS.clear();
    SINGULARS.set(word, one);
  }
  return one;
}

/** The singular of a lower-case noun, as singularNoun gives it. */
function singularOf(w: string): string {
  if (INVARIANT.has(w)) return w;
  const irregular = SINGULAR_OF.get(w);
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}
