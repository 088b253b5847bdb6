/**
 * Gates for the rules that read far around a figure: a rule whose words do not occur in the
 * text at all need not look. Each gate tests the text once, with one regular expression built
 * from the rule's own words, and remembers the answer for the text it last saw, so that the
 * reader stays linear however many figures a text holds.
 * @internal
 */
import type { Ctx } from "./context.js";

/** A regular expression that finds any of `words` (as written, case-insensitive) in a text: as the start of a word, so that "denied" finds "denied" and "deni" would find "denies". */
export function wordsPattern(words: Iterable<string>): RegExp {
  const escaped = [...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b(?:${escaped.join("|")})`, "i");
}

/**
 * A gate: a test of whether a figure's text holds any word `re` finds, computed once a text
 * (see the module's note).
 */
export function gate(re: RegExp): (c: Ctx) => boolean {
  let src: string | undefined;
  let has = false;
  return (c: Ctx): boolean => {
    if (c.src !== src) {
      src = c.src;
      has = re.test(src);
    }
    return has;
  };
}
