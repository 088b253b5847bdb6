// Reading a dataset handed to a function, and its claims with their sources
// in place. Not exported from the package.

import { rethrow } from "../_lib/guard.js";
import { fail } from "../_lib/assert.js";
import type { Claim } from "../claim/schema.js";
import type { Attribution, RelayStep, Source } from "../provenance/schema.js";
import { pathText, problemOf, valueAt } from "./issues.js";
import { safeParseDataset } from "./parse.js";
import type { Dataset, DatasetClaim } from "./schema.js";

/**
 * The dataset handed to `where`, read as {@link parseDataset} reads it;
 * `invalid-dataset` naming the first problem, its path and its value. @internal
 */
export function readDataset(where: string, dataset: unknown): Dataset {
  const result = safeParseDataset(dataset);
  if (result.success) return result.data;
  const problem = problemOf(result.error.issues[0] as Parameters<typeof problemOf>[0], dataset);
  const path = problem.path.length === 0 ? "dataset" : `dataset${pathText(problem.path).startsWith("[") ? "" : "."}${pathText(problem.path)}`;
  return fail(where, path, problem.message, valueAt(dataset, problem.path), "invalid-dataset");
}

/** A claim of a checked dataset with its sources in place of their ids. @internal */
export function resolveClaim(claim: DatasetClaim, sources: ReadonlyMap<string, Source>): Claim {
  const { originator, relay, ...rest } = claim.attribution;
  const attribution: Attribution = { ...rest, originator: sources.get(originator) as Source };
  if (relay !== undefined) {
    attribution.relay = relay.map((step): RelayStep => (step.kind === "intermediary" ? { ...step, source: sources.get(step.source) as Source } : step));
  }
  return { ...claim, attribution };
}

/** The sources of a checked dataset by id. @internal */
export function sourcesById(dataset: Dataset): Map<string, Source> {
  return new Map(dataset.sources.map((s) => [s.id, s]));
}

/**
 * The claims of a dataset as claims, each with its sources in place of their
 * ids, ready for `revisionHistory`, `asOf` and the other functions that take
 * claims; in the dataset's order.
 *
 * @category Dataset
 * @throws {FogcountError} `invalid-dataset` for a value that is not a dataset, naming the first problem as `parseDataset` reports it.
 * @example
 * datasetClaims(nisBriefing2025Dataset).find((c) => c.id === "nis-2025-04-killed")?.attribution.originator.name;
 * //=> "National Intelligence Service"
 */
export function datasetClaims(dataset: Dataset): Claim[] {
  try {
    const checked = readDataset("datasetClaims", dataset);
    const sources = sourcesById(checked);
    return checked.claims.map((c) => resolveClaim(c, sources));
  } catch (error) {
    rethrow("datasetClaims", { dataset }, error);
  }
}
