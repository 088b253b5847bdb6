/** English nouns whose plural is not made with -s or -es. */
const IRREGULAR: readonly (readonly [singular: string, plural: string])[] = [
  ["person", "people"],
  ["child", "children"],
  ["man", "men"],
  ["woman", "women"],
];

/** The plural of an English noun, for unit words: "person" → "people", "battery" → "batteries". */
export function pluralNoun(noun: string): string {
  const irregular = IRREGULAR.find(([one]) => one === noun);
  if (irregular !== undefined) return irregular[1];
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The singular of an English noun, lower case: "People" → "person", "howitzers" → "howitzer". */
export function singularNoun(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.find(([, many]) => many === w);
  if (irregular !== undefined) return irregular[0];
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}
