import { z } from "zod";

import { nonBlank } from "../_lib/blank-schema.js";

import { ClaimSchema } from "../claim/schema.js";
import { magnitudeBounds } from "../estimate/magnitude.js";
import { bestWithin } from "../estimate/read.js";
import { SourceSchema } from "../provenance/schema.js";
import { IsoDateSchema } from "../time/schema.js";
import { DatasetAttributionSchema } from "./attribution.js";
import { DATASET_FORMAT, formatProblem } from "./format.js";
import { DatasetCasualtyBreakdownSchema, DatasetDeploymentSchema, DatasetLedgerSchema, DatasetPartySchema } from "./parts.js";
import { roomProblems } from "./rooms.js";
import { sectionNames, referenceProblems } from "./sections.js";
import type { JsonPath, ReferenceCode } from "./sections.js";

/**
 * The format a dataset states in `format`: `"fogcount-dataset/1"`. Another
 * version is refused with a message saying what to change.
 */
export const DatasetFormatSchema = z.literal(DATASET_FORMAT, {
  error: (issue) => formatProblem(issue.input),
});

/** The field names people write for the ones a dataset uses. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["license", "licence"],
  ["author", "maintainer"],
  ["name", "title"],
  ["claim", "claims"],
  ["source", "sources"],
  ["version", "format"],
  ["party", "parties"],
  ["breakdowns", "casualtyBreakdowns"],
  ["casualties", "casualtyBreakdowns"],
  ["deployment", "deployments"],
  ["waves", "deployments"],
  ["ledger", "ledgers"],
]);

function unknownKeys(keys: readonly string[], allowed: readonly string[], what: string, one?: string): string {
  const hints = keys.flatMap((k) => (SPELLINGS.has(k) && allowed.includes(SPELLINGS.get(k) as string) ? [`${k} is spelled ${SPELLINGS.get(k)}`] : []));
  const list = keys.map((k) => JSON.stringify(k)).join(", ");
  // one key is reported at its own path ("metadata.license"), which names it already
  if (keys.length === 1 && hints.length === 1) return `is spelled ${SPELLINGS.get(keys[0] as string)} in a dataset`;
  return hints.length > 0
    ? `${hints.join("; ")} in a dataset`
    : keys.length === 1 && one !== undefined
      ? `is not ${one} (${allowed.join(", ")}): a misspelling, or a field of a newer fogcount?`
      : `${list} ${keys.length === 1 ? "is" : "are"} not ${what} (${allowed.join(", ")}): a misspelling, or a field of a newer fogcount?`;
}

/** What a value that is no dataset object is. */
function notADataset(input: unknown): string {
  if (Array.isArray(input))
    return "is a list, not a dataset: a dataset is an object with format, metadata, sources and claims (datasetFromClaims builds one from a list of claims)";
  return "must be a dataset: an object with format, metadata, sources and claims";
}

const text = (what: string) => nonBlank(what);

const METADATA_FIELDS = ["title", "licence", "maintainer", "date", "description", "url"] as const;

/**
 * What a dataset says about itself: its `title`, its `licence` (an SPDX
 * identifier such as `"CC-BY-4.0"`, or the licence's name), its `maintainer`,
 * and its own `date` (ISO 8601, `YYYY-MM-DD`: the day its contents were last
 * checked against their sources; no claim in it can be reported after it).
 * `description` and `url` are optional. Unknown fields are refused.
 */
export const DatasetMetadataSchema = z.strictObject(
  {
    title: text("a title"),
    licence: text("a licence"),
    maintainer: text("a maintainer"),
    /** The dataset's own date, `YYYY-MM-DD`. */
    date: IsoDateSchema,
    description: z.string().optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  },
  {
    error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeys(issue.keys, METADATA_FIELDS, "metadata fields", "a metadata field") : undefined),
  }
);

/**
 * A claim in a dataset: as `ClaimSchema` (the estimate's unit the
 * indicator's, a `best` inside its estimate), with an attribution that names
 * its sources by id (see {@link DatasetAttributionSchema}).
 */
export const DatasetClaimSchema = z.strictObject({ ...ClaimSchema.shape, attribution: DatasetAttributionSchema }).superRefine((claim, ctx) => {
  if (claim.restates === claim.id)
    ctx.addIssue({
      code: "custom",
      message: "a claim cannot restate itself",
      path: ["restates"],
    });
  if (claim.status.kind === "deprecated" && claim.status.supersededBy === claim.id) {
    ctx.addIssue({ code: "custom", message: "a claim cannot be superseded by itself", path: ["status", "supersededBy"] });
  }
  const { estimate, indicator } = claim;
  if (estimate.unit !== indicator.unit) {
    ctx.addIssue({
      code: "custom",
      message: `the estimate's unit ${JSON.stringify(estimate.unit)} differs from the indicator's unit ${JSON.stringify(indicator.unit)}`,
      path: ["estimate", "unit"],
    });
  }
  const best = estimate.best;
  if (best !== undefined && !bestInside(estimate, best)) {
    ctx.addIssue({
      code: "custom",
      message: `best ${best} lies outside the figure it is the best value of`,
      path: ["estimate", "best"],
    });
  }
});

function bestInside(e: z.infer<typeof ClaimSchema>["estimate"], best: number): boolean {
  if (e.kind === "range") return bestWithin(best, e.low, e.high, false, false);
  if (e.kind === "atLeast") return bestWithin(best, e.value, e.value, e.strict, false, true);
  if (e.kind === "atMost") return bestWithin(best, 0, e.value, false, e.strict);
  if (e.kind === "magnitude") {
    const [low, high] = magnitudeBounds(e.order);
    return bestWithin(best, low, high, false, true);
  }
  return best === e.value;
}

/** The dataset object without the checks of its references and items: the shape `DatasetSchema` checks first. @internal */
export const DatasetShapeSchema = z.strictObject(
  {
    /** The address of the JSON Schema an editor checks the file with (`fogcount schema` writes it); not read. */
    $schema: z.string().optional(),
    format: DatasetFormatSchema,
    metadata: DatasetMetadataSchema,
    sources: z.array(SourceSchema).default([]),
    parties: z.array(DatasetPartySchema).default([]),
    claims: z.array(DatasetClaimSchema).default([]),
    casualtyBreakdowns: z.array(DatasetCasualtyBreakdownSchema).default([]),
    deployments: z.array(DatasetDeploymentSchema).default([]),
    ledgers: z.array(DatasetLedgerSchema).default([]),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? unknownKeys(issue.keys, ["$schema", "format", "metadata", ...sectionNames()], "a part of a dataset")
        : issue.code === "invalid_type"
        ? notADataset(issue.input)
        : undefined,
  }
);

/**
 * A dataset: a format version, metadata, and the sections of what it holds,
 * each item with an id: `sources` (originators and intermediaries),
 * `parties` (the countries ledgers and breakdowns are about), `claims`
 * (figures, naming their sources by id), `casualtyBreakdowns` (naming their
 * party and claims), `deployments` (waves, naming the waves they add to or
 * replace and the claim they were read from) and `ledgers` (naming their two
 * parties; each entry names the claims it rests on). Ids are unique within a
 * section (and within a ledger), and every reference names an item that is
 * there; each item then passes its room's own schema with its references in
 * place. A section left out is empty. Unknown fields are refused: a
 * misspelled section would otherwise read as an empty one.
 *
 * @example
 * DatasetSchema.parse({
 *   format: "fogcount-dataset/1",
 *   metadata: { title: "NIS briefings", licence: "CC-BY-4.0", maintainer: "Data desk", date: "2025-05-01" },
 * }).claims;
 * //=> []
 */
export const DatasetSchema = DatasetShapeSchema.check((ctx) => {
  // references and rooms are read once the shape is right: a shape problem is reported once, by the shape
  if (ctx.issues.length > 0) return;
  const dataset = ctx.value;
  for (const [path, message, code, others] of datasetProblems(dataset))
    ctx.issues.push({ code: "custom", message, input: dataset, path: [...path], ...(code !== undefined && { params: { code, ...(others !== undefined && { others }) } }) });
});

/**
 * The problems of a dataset whose shape is right: its references (with their
 * codes), then, once every reference resolves, what the rooms' schemas find
 * in the items. @internal
 */
export function datasetProblems(dataset: Dataset): readonly (readonly [path: JsonPath, message: string, code?: ReferenceCode, others?: readonly JsonPath[]])[] {
  const problems = referenceProblems(dataset);
  // an item is checked by its room's rules only once what it names is there
  return problems.length > 0 ? problems : roomProblems(dataset);
}

/** What a dataset says about itself. */
export type DatasetMetadata = z.infer<typeof DatasetMetadataSchema>;
/** A claim in a dataset, naming its sources by id. */
export type DatasetClaim = z.infer<typeof DatasetClaimSchema>;
/** A dataset, as `parseDataset` returns it (sections left out are empty, statuses filled in). */
export type Dataset = z.infer<typeof DatasetSchema>;
/** The JSON a dataset file holds: sections and claim statuses may be left out. */
export type DatasetInput = z.input<typeof DatasetSchema>;
export type { DatasetAttribution, DatasetRelayStep } from "./attribution.js";
