import { raise } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { FogcountError } from "../errors.js";
import { attributionProblem, sourceProblem } from "./check.js";
import type { AdmiraltyCode, AdmiraltyCredibility, AdmiraltyReliability } from "./admiralty.js";
import type { Attribution, Source } from "./schema.js";

/**
 * An Admiralty rating of one claim: the source's reliability grade with the
 * claim's own credibility grade, both as fields and as the two-character code.
 * `defaulted` lists the grades that were not stated and read as
 * "cannot be judged" (F or 6), so that a program can tell a judged F6 from a
 * missing one.
 */
export interface EffectiveReliability {
  readonly reliability: AdmiraltyReliability;
  readonly credibility: AdmiraltyCredibility;
  /** The Admiralty code, such as `"B2"`. */
  readonly code: AdmiraltyCode;
  /** The grades that were missing and read as "cannot be judged". */
  readonly defaulted: readonly ("reliability" | "credibility")[];
}

/**
 * The Admiralty rating of an attributed claim: the source's reliability grade
 * (A–F) with the attribution's credibility grade (1–6).
 *
 * The result is structured, with the code alongside, because the two grades
 * answer different questions (the source's record, this information's
 * plausibility) and programs sort and filter on each; the code is for display.
 * A grade that is not stated reads as F or 6, "cannot be judged", and is
 * listed in `defaulted`.
 *
 * Pass `originatorOf(attribution)` to use the grade recorded with the claim,
 * or your current record of the same source to use its current grade.
 *
 * @category Provenance
 * @throws {FogcountError} `source-mismatch` if `source` is not the attribution's originator (the ids differ); `invalid-argument` for a value that is not a source or an attribution, or one that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * effectiveReliability({ ...nis, reliability: "B" }, { originator: nis, credibility: 2 });
 * //=> { reliability: "B", credibility: 2, code: "B2", defaulted: [] }
 * effectiveReliability(nis, { originator: nis });
 * //=> { reliability: "F", credibility: 6, code: "F6", defaulted: ["reliability", "credibility"] }
 */
export function effectiveReliability(source: Source, attribution: Attribution): EffectiveReliability {
  return guarded("effectiveReliability", { source, attribution }, () => rate(source, attribution));
}

function rate(source: Source, attribution: Attribution): EffectiveReliability {
  raise("effectiveReliability", "source", sourceProblem(source));
  raise("effectiveReliability", "attribution", attributionProblem(attribution));
  if (source.id !== attribution.originator.id) {
    throw new FogcountError(
      "source-mismatch",
      `effectiveReliability: source ${JSON.stringify(source.id)} is not the originator ${JSON.stringify(attribution.originator.id)} of the attribution`,
      { source: source.id, originator: attribution.originator.id },
    );
  }
  const defaulted: ("reliability" | "credibility")[] = [];
  if (source.reliability === undefined) defaulted.push("reliability");
  if (attribution.credibility === undefined) defaulted.push("credibility");
  const reliability = source.reliability ?? "F";
  const credibility = attribution.credibility ?? 6;
  return { reliability, credibility, code: `${reliability}${credibility}`, defaulted };
}
