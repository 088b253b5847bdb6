// The claims a sum may add: what `derive.sum` and `derive.add` refuse before they add a claim's
// figure to another's. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { FogcountError } from "../errors.js";
import { keyOf } from "../claim/indicator-key.js";
import { CASUALTY_PARTS } from "../claim/measures.js";
import type { Claim } from "../claim/schema.js";
import type { Figure } from "./figure.js";

/** A claim a sum reaches, and where: the path of the input it is, or is inside of. */
interface Reached {
  readonly claim: Claim;
  readonly path: string;
}

/** The claims stated at the leaves of `figure`, given at `path`. */
function leaves(figure: Figure, path: string, out: Reached[]): void {
  const d = figure.derivation;
  if (d.op === "claim") out.push({ claim: d.claim, path });
  else if (d.op !== "given") d.inputs.forEach((f, i) => leaves(f, `${path}.derivation.inputs[${i}]`, out));
}

/** What a claim counts, whoever says it: the key of its indicator, as a history groups it, with no originator. */
const countOf = (c: Claim): string => keyOf({ indicator: c.indicator, attribution: { originator: { id: "" } } });

const isPart = (measure: string): boolean => (CASUALTY_PARTS as readonly string[]).includes(measure);

/** Why `claim` adds nothing to a sum of what was asserted, or undefined if it may be added. */
function notAsserted(claim: Claim): string | undefined {
  const modality = claim.modality ?? "asserted";
  if (modality !== "asserted") return `is ${modality === "potential" ? "a possibility" : `a ${modality === "planned" ? "plan" : "projection"}`} (modality ${modality}), not an assertion: a sum adds only what was asserted`;
  if (claim.restates !== undefined) return `restates ${JSON.stringify(claim.restates)}: its figure is that claim's, and a sum counts it once (add the original)`;
  return undefined;
}

/**
 * Refuses, for `where`, a sum of `figures` that would count something twice or add what no one
 * asserted: a claim that is a plan, a projection, a possibility or a restatement; one claim
 * reached twice; claims of different measures (unless each is a casualty part: killed, wounded,
 * missing, captured); two levels (stocks) of one count, which are two statements of one
 * number, whatever their dates or sources; and two flows or increments of one count over the
 * same time. Throws `invalid-argument`, `duplicate-claim-id` or `mixed-indicators`.
 */
export function checkSummable(where: string, figures: readonly Figure[], paths: readonly string[]): void {
  const reached: Reached[] = [];
  figures.forEach((f, i) => leaves(f, paths[i] as string, reached));
  const ids = new Map<string, string>();
  const counts = new Map<string, Reached>();
  const first = reached[0]?.claim.indicator.measure;
  for (const r of reached) {
    const { claim, path } = r;
    const why = notAsserted(claim);
    if (why !== undefined) fail(where, path, why, claim.id);
    const seen = ids.get(claim.id);
    if (seen !== undefined) throw new FogcountError("duplicate-claim-id", `${where}: ${path} is the claim ${JSON.stringify(claim.id)} of ${seen}, which a sum would count twice`, { id: claim.id });
    ids.set(claim.id, path);
    const measure = claim.indicator.measure;
    if (measure !== first && !(isPart(measure) && isPart(first as string))) {
      throw new FogcountError("mixed-indicators", `${where}: ${path} counts ${measure}, not ${first}: a sum adds figures of one measure (or the casualty parts killed, wounded, missing and captured)`, { left: first, right: measure });
    }
    const stock = (claim.indicator.aggregation ?? "stock") === "stock";
    const key = stock ? countOf(claim) : `${countOf(claim)}@${claim.validTime}`;
    const other = counts.get(key);
    if (other !== undefined) {
      const what = stock ? "two levels of one count (a stock as of a time): a later or another source's level restates the number, and does not add to it" : `two ${claim.indicator.aggregation}s of one count over ${claim.validTime}: one count, reported twice`;
      fail(where, path, `and ${other.path} (${JSON.stringify(other.claim.id)}) are ${what}`, claim.id);
    }
    counts.set(key, r);
  }
}
