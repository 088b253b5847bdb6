// Reading a dataset handed to a function, and its claims with their sources
// in place. Not exported from the package.

import { rethrow } from "../_lib/guard.js";
import { fail } from "../_lib/assert.js";
import type { ClaimModality } from "../claim/kinds.js";
import type { Claim } from "../claim/schema.js";
import { pathText, problemOf, valueAt } from "./issues.js";
import { safeParseDataset } from "./parse.js";
import { quickDataset } from "./quick.js";
import type { CasualtyBreakdown } from "../casualty/schema.js";
import type { Deployment } from "../deployment/schema.js";
import type { Ledger } from "../ledger/schema.js";
import type { DatasetParty } from "./parts.js";
import { namedIn, resolveBreakdown, resolveClaim, resolveDeployment, resolveLedger } from "./resolve.js";
import type { Dataset, DatasetClaim } from "./schema.js";
import { refuseRetired } from "./retired.js";

/**
 * The dataset handed to `where`, read as {@link parseDataset} reads it;
 * `invalid-dataset` naming the first problem, its path and its value. With
 * `share`, for a caller that hands nothing of the dataset out, claims that
 * read to what they hold are kept as they are, not copied. @internal
 */
export function readDataset(where: string, dataset: unknown, share = false): Dataset {
  const quick = share ? quickDataset(dataset, true) : undefined;
  if (quick !== undefined) return quick;
  const result = safeParseDataset(dataset);
  if (result.success) return result.data;
  const problem = problemOf(result.error.issues[0] as Parameters<typeof problemOf>[0], dataset);
  const path = problem.path.length === 0 ? "dataset" : `dataset${pathText(problem.path).startsWith("[") ? "" : "."}${pathText(problem.path)}`;
  return fail(where, path, problem.message, valueAt(dataset, problem.path), "invalid-dataset");
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
    const sources = new Map(checked.sources.map((s) => [s.id, s]));
    return checked.claims.map((c) => resolveClaim(c, sources));
  } catch (error) {
    rethrow("datasetClaims", { dataset }, error);
  }
}

/** A casualty breakdown of a dataset, as the casualty room takes it, with its id and its party. */
export interface DatasetBreakdownOf {
  readonly id: string;
  /** The party whose losses these are, where the dataset names one. */
  readonly party?: DatasetParty;
  /** The breakdown, the claims it keeps in place of their ids. */
  readonly breakdown: CasualtyBreakdown;
}

/**
 * The casualty breakdowns of a dataset as the casualty room takes them
 * (`reconcileCasualties`, `killedToWounded`), each with its id and its party;
 * in the dataset's order.
 *
 * @category Dataset
 * @throws {FogcountError} `invalid-dataset` for a value that is not a dataset, naming the first problem as `parseDataset` reports it, or for a breakdown figure that rests on a deprecated claim, or on a restatement of one (which checkDataset reports as a finding, rests-on-deprecated-claim): its totals would count a figure its source no longer stands by.
 * @example
 * datasetBreakdowns(nisBriefing2025Dataset).map((b) => [b.id, b.party?.name, b.breakdown.includes]);
 * //=> [["nis-2025-04-breakdown", "North Korea", ["killed", "wounded"]], ["nis-2025-01-breakdown", "North Korea", ["killed", "wounded"]]]
 */
export function datasetBreakdowns(dataset: Dataset): DatasetBreakdownOf[] {
  try {
    const checked = readDataset("datasetBreakdowns", dataset);
    const named = namedIn(checked);
    const claims = new Map(checked.claims.map((c) => [c.id, c]));
    return checked.casualtyBreakdowns.map((b, i) => {
      for (const [field, id] of Object.entries(b.claims ?? {})) if (id !== undefined) refuseRetired("datasetBreakdowns", `dataset.casualtyBreakdowns[${i}].claims.${field}`, id, claims);
      const party = b.party === undefined ? undefined : named.parties.get(b.party);
      return {
        id: b.id,
        ...(party !== undefined && { party }),
        breakdown: resolveBreakdown(b, named),
      };
    });
  } catch (error) {
    rethrow("datasetBreakdowns", { dataset }, error);
  }
}

/** What the claim `id` is, or the first claim along what it restates that is no assertion; undefined when all are asserted. */
function claimModalityOf(id: string, claims: ReadonlyMap<string, DatasetClaim>): ClaimModality | undefined {
  const seen = new Set<string>();
  for (let c = claims.get(id); c !== undefined && !seen.has(c.id); c = c.restates === undefined ? undefined : claims.get(c.restates)) {
    seen.add(c.id);
    if ((c.modality ?? "asserted") !== "asserted") return c.modality;
  }
  return undefined;
}

/**
 * The deployment waves of a dataset as the deployment room takes them
 * (`deploymentTotal`, `deploymentSeries`), each with its sources in place of
 * their ids; in the dataset's order. A wave whose claim is, or restates, a
 * plan, a projection or a possibility carries that as its `claimModality`, so
 * that a total counts it as what its claim is (and says so), as
 * `fogcount report` does: a plan is never counted as sent.
 *
 * @category Dataset
 * @throws {FogcountError} `invalid-dataset` for a value that is not a dataset, naming the first problem as `parseDataset` reports it, or for a wave that rests on a deprecated claim, or on a restatement of one (which checkDataset reports as a finding, rests-on-deprecated-claim): a total would count a figure its source no longer stands by.
 * @example
 * datasetDeployments(nisBriefing2025Dataset).map((d) => [d.id, d.adds]);
 * //=> [["nis-2024-autumn-deployed", undefined], ["nis-2023-early-deployed", "nis-2024-autumn-deployed"]]
 * const [autumn] = nisBriefing2025Dataset.deployments;
 * const plan = { ...nisBriefing2025Dataset.claims.find((c) => c.id === autumn.claim)!, id: "plan", modality: "planned" as const };
 * const june = { ...autumn, id: "june", period: "2025-06", claim: "plan" };
 * const dataset = { ...nisBriefing2025Dataset, claims: [...nisBriefing2025Dataset.claims, plan], deployments: [...nisBriefing2025Dataset.deployments, june] };
 * datasetDeployments(dataset).map((d) => [d.id, d.claimModality]);
 * //=> [["nis-2024-autumn-deployed", undefined], ["nis-2023-early-deployed", undefined], ["june", "planned"]]
 */
export function datasetDeployments(dataset: Dataset): Deployment[] {
  try {
    const checked = readDataset("datasetDeployments", dataset);
    const named = namedIn(checked);
    const claims = new Map(checked.claims.map((c) => [c.id, c]));
    return checked.deployments.map((d, i) => {
      if (d.claim !== undefined) refuseRetired("datasetDeployments", `dataset.deployments[${i}].claim`, d.claim, claims);
      const wave = resolveDeployment(d, named);
      const claimModality = d.claim === undefined ? undefined : claimModalityOf(d.claim, claims);
      return claimModality === undefined ? wave : { ...wave, claimModality };
    });
  } catch (error) {
    rethrow("datasetDeployments", { dataset }, error);
  }
}

/**
 * The ledgers of a dataset as the ledger room takes them (`balance`,
 * `flows`, `summarizeLedger`), each with its id, its parties and sources in
 * place of their ids; in the dataset's order.
 *
 * @category Dataset
 * @throws {FogcountError} `invalid-dataset` for a value that is not a dataset, naming the first problem as `parseDataset` reports it, for a ledger entry that goes from or to a country that is not one of its ledger's parties (which checkDataset reports as a finding), or for an entry or a valuation that rests on a deprecated claim, or on a restatement of one (which checkDataset reports as a finding, rests-on-deprecated-claim).
 * @example
 * datasetLedgers(nisBriefing2025Dataset).map((l) => [l.id, l.ledger.parties.map((p) => p.code)]);
 * //=> [["kp-ru-exchange", ["KP", "RU"]]]
 */
export function datasetLedgers(dataset: Dataset): { readonly id: string; readonly ledger: Ledger }[] {
  try {
    const where = "datasetLedgers";
    const checked = readDataset(where, dataset);
    const named = namedIn(checked);
    const claims = new Map(checked.claims.map((c) => [c.id, c]));
    return checked.ledgers.map((l, n) => {
      for (const list of ["entries", "valuations"] as const)
        l[list].forEach((e, i) => (e.claims ?? []).forEach((id, k) => refuseRetired(where, `dataset.ledgers[${n}].${list}[${i}].claims[${k}]`, id, claims)));
      const ledger = resolveLedger(l, named);
      const codes = ledger.parties.map((p) => p.code);
      l.entries.forEach((e, i) => {
        for (const end of ["from", "to"] as const) {
          if (!codes.includes(e[end]))
            fail(
              where,
              `dataset.ledgers[${n}].entries[${i}].${end}`,
              `is not a country of the ledger's parties (${codes.join(", ")})`,
              e[end],
              "invalid-dataset"
            );
        }
      });
      return { id: l.id, ledger };
    });
  } catch (error) {
    rethrow("datasetLedgers", { dataset }, error);
  }
}
