/**
 * What may follow the figure of an estimate that a verb of revision takes as object, before the
 * level of the revision: a participle of what it counts ("corrected its count of 300 tanks
 * destroyed to 250").
 * @internal
 */
import { key } from "./context.js";
import type { Ctx } from "./context.js";

/** Participles of what a count of losses counts, which may stand after its figure: "its count of 300 tanks destroyed". */
const COUNTED: ReadonlySet<string> = new Set([
  "destroyed", "killed", "lost", "wounded", "injured", "captured", "downed", "damaged", "dead", "missing", "displaced", "taken",
]);

/** The token after a participle of what is counted at `k` ("destroyed", "killed"), or `k` where none stands there. */
export function pastCounted(c: Ctx, k: number): number {
  return COUNTED.has(key(c, k)) ? k + 1 : k;
}
