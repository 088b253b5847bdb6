import { fail, optionsOf, show } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { AdmiraltyReliability } from "./admiralty.js";
import { sourceProblem } from "./check.js";
import type { Source } from "./schema.js";
import type { SourceKind } from "./vocabulary.js";

/** What {@link source} accepts besides the id, kind and name. */
export interface SourceExtras {
  /** ISO 3166-1 alpha-2 country code, such as `"KR"`. */
  readonly country?: string;
  /** For an aggregate originator ("Western officials"): two or more ISO 3166-1 alpha-2 codes, in place of `country` (never with it). */
  readonly countries?: readonly string[];
  /** The Admiralty source-reliability grade, `"A"` to `"F"`. */
  readonly reliability?: AdmiraltyReliability;
}

/**
 * A source, checked: an originator or intermediary with a stable id.
 *
 * @category Provenance
 * @throws {FogcountError} `invalid-source` for an empty or spaced id, an unknown kind, an empty name, a country code that is not two uppercase letters, `countries` that are not two or more distinct such codes, both `country` and `countries`, or a reliability grade outside A–F; `invalid-option` if `extras` is not an object or holds a name it does not take (`reliabilty`); `invalid-argument` for an argument that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR", reliability: "B" });
 * //=> { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR", reliability: "B" }
 * source("western-officials", "government", "Western officials", { countries: ["US", "GB"] }).countries;
 * //=> ["US", "GB"]
 */
export function source(id: string, kind: SourceKind, name: string, extras?: SourceExtras): Source {
  return guarded("source", { id, kind, name, extras }, () => checkedSource(id, kind, name, extras));
}

function checkedSource(id: string, kind: SourceKind, name: string, extras: SourceExtras | undefined): Source {
  const { country, countries, reliability } = optionsOf("source", extras, "extras", ["country", "countries", "reliability"]);
  const out = {
    id,
    kind,
    name: typeof name === "string" ? name.trim() : name,
    ...(country !== undefined && { country }),
    ...(countries !== undefined && { countries: (Array.isArray(countries) ? [...countries] : countries) as string[] }),
    ...(reliability !== undefined && { reliability }),
  };
  const problem = sourceProblem(out);
  if (problem) fail("source", `${problem[0].slice(1)} of ${show(id)}`, problem[1], problem[2], "invalid-source");
  return out;
}
