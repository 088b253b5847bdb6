import { FogcountError } from "../errors.js";
import { ADMIRALTY_RELIABILITY_GRADES } from "./admiralty.js";
import type { AdmiraltyReliability } from "./admiralty.js";
import type { Source } from "./schema.js";
import { SOURCE_KIND_NAMES } from "./vocabulary.js";
import type { SourceKind } from "./vocabulary.js";

/** What {@link source} accepts besides the id, kind and name. */
export interface SourceExtras {
  /** ISO 3166-1 alpha-2 country code, such as `"KR"`. */
  readonly country?: string;
  /** The Admiralty source-reliability grade, `"A"` to `"F"`. */
  readonly reliability?: AdmiraltyReliability;
}

function fail(message: string, value: unknown): never {
  throw new FogcountError("invalid-source", `source: ${message}, got ${JSON.stringify(value)}`, { value });
}

/**
 * A source, checked: an originator or intermediary with a stable id.
 *
 * @category Provenance
 * @throws {FogcountError} `invalid-source` for an empty or spaced id, an unknown kind, an empty name, a country code that is not two uppercase letters, or a reliability grade outside A–F.
 * @example
 * source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR", reliability: "B" });
 * //=> { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR", reliability: "B" }
 */
export function source(id: string, kind: SourceKind, name: string, extras: SourceExtras = {}): Source {
  if (typeof id !== "string" || !/^\S+$/.test(id)) fail("id must be non-empty text without whitespace", id);
  if (!SOURCE_KIND_NAMES.includes(kind)) fail(`kind must be one of ${SOURCE_KIND_NAMES.join(", ")}`, kind);
  if (typeof name !== "string" || name.trim() === "") fail(`name of ${id} must not be empty`, name);
  const out: { -readonly [K in keyof Source]: Source[K] } = { id, kind, name: name.trim() };
  if (extras.country !== undefined) {
    if (typeof extras.country !== "string" || !/^[A-Z]{2}$/.test(extras.country)) {
      fail(`country of ${id} must be two uppercase letters (ISO 3166-1 alpha-2)`, extras.country);
    }
    out.country = extras.country;
  }
  if (extras.reliability !== undefined) {
    if (!ADMIRALTY_RELIABILITY_GRADES.includes(extras.reliability)) {
      fail(`reliability of ${id} must be an Admiralty grade A–F`, extras.reliability);
    }
    out.reliability = extras.reliability;
  }
  return out;
}
