/**
 * A plural noun between a figure and the unit noun read after it: "In at least 2000 cases troops
 * died". The figure counts the first noun ("cases"), which the table does not know, and the
 * noun after it begins a clause of its own; reading the second as the figure's unit would be a
 * confident wrong count.
 * @internal
 */
import { tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";

/**
 * Plural words that describe the noun after them, as a noun in the singular would: "300
 * logistics troops", "300 signals troops", "300 electronics specialists".
 */
const PLURAL_MODIFIERS: ReadonlySet<string> = new Set([
  "logistics", "signals", "electronics", "operations", "communications", "arms", "affairs", "sports", "customs", "goods",
  "news", "special", "forces", "engineers", "intelligence", "mechanics", "ballistics", "avionics", "robotics",
]);

/** Words of what befell people that may follow a plural noun as a participle does: "three others dead". */
const STATES: ReadonlySet<string> = new Set(["dead", "missing", "hurt", "slain", "hit"]);

/** Whether the word `text` (as written) is a plural noun in lower case: "cases", "villages"; not "press", "status", a short word ("is") nor a name. */
function isLowerPlural(text: string): boolean {
  return text.length > 3 && text.endsWith("s") && !text.endsWith("ss") && !text.endsWith("us") && text === text.toLowerCase();
}

/**
 * Whether a plural noun the table does not know stands between the figure ending at `from` and
 * the unit noun that ends at `end`: "2000 cases troops", "300 cases soldiers". A word that
 * begins a unit noun of the table or is a plural that describes ("logistics troops") is none,
 * and so is any before a participle ("three others wounded", "300 civilians killed").
 * @internal
 */
export function pluralBeforeUnit(c: Ctx, from: number, end: number): boolean {
  // "three others wounded", "40 civilians dead": a participle after a plural says what befell it
  const last = tokAt(c, end - 1)?.key ?? "";
  if (last.endsWith("ed") || STATES.has(last)) return false;
  for (let k = from; k < end - 1; k++) {
    const tk = tokAt(c, k);
    if (tk?.kind !== "word" || !isLowerPlural(tk.text) || PLURAL_MODIFIERS.has(tk.key)) continue;
    if (trie(c, c.t.units, k) === undefined) return true;
  }
  return false;
}
