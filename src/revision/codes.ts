/**
 * The error codes of the revision room.
 *
 * - `duplicate-claim-id`: `revisionHistory` or `consensus` got two claims with the same id, or with ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); a revision history keeps every claim and names replacements by id, so ids must be unique.
 * - `invalid-history`: `asOf`, `latest`, `revisions` or `findContradictions` got a value that is not a revision history (no `kind: "revision-history"`, a claim that is not one, a claim whose valid time has unspecified digits ("20XX") and cannot be placed, two claims or originators whose ids look alike, claims that restate one another in a cycle, are superseded by a restatement or replace one another in a circle, or an index that does not match its claims).
 * - `invalid-as-of`: a `valid` or `known` time that is not an EDTF date or period, or that has no latest day (an interval open at its end).
 * - `mixed-indicators`: `consensus` got claims about different subjects, measures, scopes or modalities (different casualty parts are kept apart by definition).
 * - `source-conflict`: `revisionHistory` or `consensus` got two claims whose originators share an id but not their other fields (name, kind, country): two sources with one id would make one history of their figures; or whose originators' ids look alike ("café" and "cafe\u0301"), which would make two histories of what a reader takes for one source.
 * - `not-a-stock`: `asOf`, `latest`, `revisions`, `consensus` or the cumulative checks of `findContradictions` got a flow or an increment; they read levels as of a time, and a count over a period is not one.
 */
export type RevisionErrorCode = "duplicate-claim-id" | "invalid-history" | "invalid-as-of" | "mixed-indicators" | "not-a-stock" | "source-conflict";
