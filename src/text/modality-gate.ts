/**
 * Gates for the rules that read far around a figure: a rule whose words do not occur in the
 * text at all need not look. Each gate tests the text once for a few fragments of its words
 * (a plain substring search, the cheapest look at a whole text) and remembers the answer for
 * the text it last saw, so that the reader stays linear however many figures a text holds. A
 * fragment that occurs in other words too ("next" in "context") only lets the rule look.
 * @internal
 */
import type { Ctx } from "./context.js";

/**
 * A gate: a test of whether a figure's text holds any of `fragments` (as written, so a
 * fragment that may start a sentence leaves out its first letter: "nconfirm" finds
 * "Unconfirmed"), computed once a text.
 */
export function gate(fragments: readonly string[]): (c: Ctx) => boolean {
  let src: string | undefined;
  let has = false;
  return (c: Ctx): boolean => {
    if (c.src !== src) {
      src = c.src;
      has = fragments.some((f) => (src as string).includes(f));
    }
    return has;
  };
}
