/**
 * The error codes of the provenance room.
 *
 * - `invalid-source`: `source()` got an empty or spaced id, an unknown kind, an empty name, a country code that is not two uppercase letters, `countries` that are not two or more distinct codes or are given with `country`, or a reliability grade outside A–F.
 * - `source-mismatch`: `effectiveReliability()` got a source that is not the attribution's originator.
 */
export type ProvenanceErrorCode = "invalid-source" | "source-mismatch";
