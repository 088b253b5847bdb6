import { rethrow } from "../_lib/guard.js";
import { fail, isObject, isText } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import { sameSource } from "../provenance/check.js";
import type { Source } from "../provenance/schema.js";
import { isIsoDay } from "../time/calendar.js";
import { DATASET_FORMAT } from "./format.js";
import { pathText, valueAt } from "./issues.js";
import { attributionByIds, partsByIds } from "./from-parts.js";
import type { DatasetParts } from "./from-parts.js";
import type { Dataset, DatasetClaim, DatasetMetadata } from "./schema.js";
import { referenceProblems } from "./sections.js";

const WHERE = "datasetFromClaims";
const METADATA_FIELDS = ["title", "licence", "maintainer", "date", "description", "url"];

function checkMetadata(metadata: unknown): DatasetMetadata {
  if (!isObject(metadata) || Array.isArray(metadata)) fail(WHERE, "metadata", "must be an object with title, licence, maintainer and date", metadata);
  for (const key of Object.keys(metadata))
    if (!METADATA_FIELDS.includes(key)) fail(WHERE, `metadata.${key}`, `is not a metadata field (${METADATA_FIELDS.join(", ")})`, metadata[key]);
  for (const key of ["title", "licence", "maintainer"]) if (!isText(metadata[key])) fail(WHERE, `metadata.${key}`, "must be non-empty text", metadata[key]);
  const { date, description, url } = metadata;
  if (!(typeof date === "string" && isIsoDay(date))) fail(WHERE, "metadata.date", "must be an ISO calendar date YYYY-MM-DD", date);
  if (description !== undefined && typeof description !== "string") fail(WHERE, "metadata.description", "must be text", description);
  if (url !== undefined && !(typeof url === "string" && /^https?:\/\//i.test(url) && URL.canParse(url)))
    fail(WHERE, "metadata.url", "must be an http or https URL", url);
  const out: DatasetMetadata = {
    title: (metadata["title"] as string).trim(),
    licence: (metadata["licence"] as string).trim(),
    maintainer: (metadata["maintainer"] as string).trim(),
    date,
  };
  if (description !== undefined) out.description = description as string;
  if (url !== undefined) out.url = url as string;
  return out;
}

/** Records `source` (met at `path`) among `sources`, and where it was met first in `firstAt`; returns its id; `source-conflict` for another source with its id. */
function keep(sources: Map<string, Source>, firstAt: Map<string, string>, source: Source, path: string): string {
  const known = sources.get(source.id);
  if (known === undefined) {
    sources.set(source.id, source);
    firstAt.set(source.id, path);
  } else if (!sameSource(known, source)) {
    const first = firstAt.get(source.id) as string;
    throw new FogcountError("source-conflict", `${WHERE}: ${path} is the source ${JSON.stringify(source.id)} with other fields than ${first}, got ${JSON.stringify(source)}`, {
      id: source.id,
      path,
      first: known,
      other: source,
    });
  }
  return source.id;
}

/**
 * A dataset of claims, and of the parts built from them: every originator
 * and intermediary their attributions name becomes a source of the dataset
 * (in the order they are first met), named from then on by its id. The
 * claims are checked as `claim()` checks them, and their links (`restates`,
 * `status.supersededBy`) must name claims in the list. `parts` adds parties,
 * casualty breakdowns (the claims they keep named by id), deployment waves
 * and ledgers (their parties named by the id of a party listed with the
 * same country code, or added with the code in lowercase as its id), each
 * checked by its room.
 *
 * @category Dataset
 * @throws {FogcountError} `source-conflict` for two different sources with one id; `duplicate-claim-id` for two claims with one id; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one; `invalid-breakdown`, `invalid-deployment`, `duplicate-deployment-id`, `unknown-wave`, `wave-cycle` or `invalid-ledger` for a part its room refuses; `invalid-argument` for claims that are not a list, metadata without a title, licence, maintainer and ISO date (or with a field it does not have), parts that are not an object of lists, an item without an id, a party that is not `{ id, code, name }`, or a reference (a link, a breakdown's claim, a wave's claim) to an id that is not in the dataset.
 * @example
 * const dataset = datasetFromClaims(nisBriefing2025Claims, { title: "NIS, April 2025", licence: "MIT", maintainer: "Data desk", date: "2025-04-30" });
 * dataset.sources.map((s) => s.id);
 * //=> ["kr-nis", "kr-lee-seong-kweun", "us-intelligence", "kr-intelligence"]
 * dataset.claims[0]?.attribution.originator;
 * //=> "kr-nis"
 */
export function datasetFromClaims(claims: readonly Claim[], metadata: DatasetMetadata, parts?: DatasetParts): Dataset {
  try {
    if (!Array.isArray(claims)) fail(WHERE, "claims", "must be a list of claims", claims);
    const meta = checkMetadata(metadata);
    const sources = new Map<string, Source>();
    const firstAt = new Map<string, string>();
    const kept = (source: Source, path: string) => keep(sources, firstAt, source, path);
    const seen = new Map<string, number>();
    const out: DatasetClaim[] = [];
    for (let i = 0; i < claims.length; i++) {
      const { indicator, status } = checkClaim(WHERE, `claims[${i}]`, claims[i]);
      const c = claims[i] as Claim;
      const first = seen.get(c.id);
      if (first !== undefined)
        throw new FogcountError("duplicate-claim-id", `${WHERE}: claims[${i}] has the id ${JSON.stringify(c.id)} of claims[${first}]`, {
          id: c.id,
          index: i,
          first,
        });
      seen.set(c.id, i);
      out.push({
        ...c,
        indicator,
        status,
        attribution: attributionByIds(c.attribution, `claims[${i}].attribution`, kept),
      });
    }
    const { parties, ...rest } = partsByIds(WHERE, parts, kept);
    const dataset: Dataset = {
      format: DATASET_FORMAT,
      metadata: meta,
      sources: [...sources.values()],
      parties,
      claims: out,
      ...rest,
    };
    const problem = referenceProblems(dataset)[0];
    if (problem !== undefined) fail(WHERE, pathText(problem[0]), problem[1], valueAt(dataset, problem[0]));
    // a copy of its own, in the dataset's JSON form: editing the claims or parts given afterwards changes nothing in it
    return JSON.parse(JSON.stringify(dataset)) as Dataset;
  } catch (error) {
    rethrow("datasetFromClaims", { claims, metadata, parts }, error);
  }
}
