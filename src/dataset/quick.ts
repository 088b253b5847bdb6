// The claims of a dataset read without zod where that is certain to give what
// zod gives: a claim of the usual shape is read here to the very value
// `DatasetClaimSchema` returns (fields in its order, text trimmed where it
// trims, defaults filled in); anything this reader cannot vouch for is left
// to zod, which reports the problems. Not exported from the package.

import { isId } from "../_lib/assert.js";
import { AGGREGATIONS, MODALITIES } from "../claim/kinds.js";
import { notPeople, STANDARD_MEASURES } from "../claim/measures.js";
import { MAGNITUDE_ORDERS } from "../estimate/magnitude.js";
import { ADMIRALTY_CREDIBILITY_GRADES } from "../provenance/admiralty.js";
import { CONFIDENCE_LEVEL_NAMES, LIKELIHOOD_TERMS } from "../provenance/icd203.js";
import { PublicationSchema } from "../provenance/schema.js";
import { CHANNEL_NAMES } from "../provenance/vocabulary.js";
import { among, bool, edtf, finite, id, isPlain, keyed, list, NO, object, oneOf, optional, setSharing, shape, sharingNow, text, trimmed } from "./quick-fields.js";
import type { Fields, Out, Read, Reader, Shape } from "./quick-fields.js";
import { DatasetClaimSchema, DatasetShapeSchema, datasetProblems } from "./schema.js";
import type { Dataset } from "./schema.js";

const STANDARD: ReadonlySet<unknown> = new Set(STANDARD_MEASURES);

const INDICATOR = shape([
  ["subject", keyed],
  ["measure", (v) => (STANDARD.has(v) ? v : NO)],
  ["unit", keyed],
  ["scope", optional(keyed)],
  ["includes", (v) => (v === undefined ? v : NO)],
  ["aggregation", among(AGGREGATIONS)],
]);

const hedge = optional((v) => (typeof v === "string" && v.length > 0 ? v : NO));
const strict = (v: unknown): Read<boolean> => (v === undefined ? false : typeof v === "boolean" ? v : NO);
const COMMON: Fields = [
  ["unit", keyed],
  ["text", text],
  // a best value is checked against its estimate by zod
  ["best", (v) => (v === undefined ? v : NO)],
];
const kind = (name: string): readonly [string, Reader] => ["kind", (v) => (v === name ? v : NO)];

const ESTIMATES: ReadonlyMap<unknown, Shape> = new Map([
  ["exact", shape([kind("exact"), ["value", finite], ...COMMON])],
  ["approx", shape([kind("approx"), ["value", finite], ["hedge", hedge], ...COMMON])],
  ["range", shape([kind("range"), ["low", finite], ["high", finite], ["approx", bool], ["hedge", hedge], ...COMMON])],
  ["atLeast", shape([kind("atLeast"), ["value", finite], ["strict", strict], ["approx", bool], ["hedge", hedge], ...COMMON])],
  ["atMost", shape([kind("atMost"), ["value", finite], ["strict", strict], ["approx", bool], ["hedge", hedge], ...COMMON])],
  ["magnitude", shape([kind("magnitude"), ["order", oneOf(MAGNITUDE_ORDERS)], ...COMMON])],
]);

function estimate(value: unknown): Read<Out> {
  const fields = isPlain(value) ? ESTIMATES.get(value["kind"]) : undefined;
  const e = fields === undefined ? NO : object(value, fields);
  if (e === NO) return NO;
  if (e["kind"] === "range" && !((e["low"] as number) <= (e["high"] as number))) return NO;
  if (e["kind"] === "atMost" && ((e["value"] as number) < 0 || (e["strict"] === true && e["value"] === 0))) return NO;
  // a hedge on a range or a bound is read only with approx: true; without it, zod names the field
  if (e["hedge"] !== undefined && e["approx"] !== true && e["kind"] !== "approx") return NO;
  return e;
}

const STEPS: ReadonlyMap<unknown, Shape> = new Map([
  ["channel", shape([kind("channel"), ["channel", oneOf(CHANNEL_NAMES)], ["name", optional(trimmed)], ["closed", bool], ["date", optional(edtf)]])],
  ["intermediary", shape([kind("intermediary"), ["source", (v) => (isId(v) ? v : NO)], ["date", optional(edtf)]])],
]);

const step = (v: unknown): Read<Out> => {
  const fields = isPlain(v) ? STEPS.get(v["kind"]) : undefined;
  return fields === undefined ? NO : object(v, fields);
};

/**
 * A web address that certainly reads, and reads to itself: http or https,
 * a host of letters, digits, dots and hyphens whose last label starts with
 * a letter (so it is no IPv4 number) and no label in punycode, an optional
 * port and a path of unreserved characters. Any other is read by the schema.
 */
const PLAIN_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:\/[A-Za-z0-9._~/-]*)?$/;

/** A publication's url, read by the schema's own check (which trims it, and checks it as a web address) unless it is plain. */
const URL_SCHEMA = PublicationSchema.shape.url;
function url(v: unknown): Read<unknown> {
  if (typeof v === "string" && PLAIN_URL.test(v) && !v.includes("xn--")) return v;
  const read = URL_SCHEMA.safeParse(v);
  return read.success ? read.data : NO;
}

const PUBLICATION = shape([
  ["outlet", trimmed],
  ["url", url],
  ["title", optional(trimmed)],
  ["date", optional(edtf)],
]);

const ATTRIBUTION = shape([
  ["originator", (v) => (isId(v) ? v : NO)],
  ["relay", list(step)],
  ["publications", list((v) => object(v, PUBLICATION))],
  ["credibility", among(ADMIRALTY_CREDIBILITY_GRADES)],
  ["likelihood", among(LIKELIHOOD_TERMS)],
  ["confidence", among(CONFIDENCE_LEVEL_NAMES)],
  ["text", text],
]);

const STATUS: ReadonlyMap<unknown, Shape> = new Map([
  ["normal", shape([kind("normal")])],
  ["preferred", shape([kind("preferred")])],
  ["deprecated", shape([kind("deprecated"), ["reason", trimmed], ["supersededBy", id]])],
]);

function status(v: unknown): Read<Out> {
  if (v === undefined) return { kind: "normal" };
  const fields = isPlain(v) ? STATUS.get(v["kind"]) : undefined;
  return fields === undefined ? NO : object(v, fields);
}

const CLAIM_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "indicator",
  "estimate",
  "validTime",
  "reportedAt",
  "recordedAt",
  "attribution",
  "status",
  "modality",
  "restates",
  "text",
]);
const modality = among(MODALITIES);
const optionalTime = optional(edtf);

/** {@link object} for a claim's own fields, written out: a claim is read once per claim, and fields read by name are read faster. */
function claimObject(v: unknown): Read<Out> {
  if (!isPlain(v)) return NO;
  for (const key in v) if (!CLAIM_FIELDS.has(key)) return NO;
  const [indicator, e, attribution, s] = [
    object(v["indicator"], INDICATOR),
    estimate(v["estimate"]),
    object(v["attribution"], ATTRIBUTION),
    status(v["status"]),
  ];
  if (indicator === NO || e === NO || attribution === NO || s === NO || !isId(v["id"]) || edtf(v["validTime"]) === NO || edtf(v["reportedAt"]) === NO)
    return NO;
  const [recordedAt, m, restates, said] = [optionalTime(v["recordedAt"]), modality(v["modality"]), id(v["restates"]), text(v["text"])];
  if (recordedAt === NO || m === NO || restates === NO || said === NO) return NO;
  // the fields read as text are the value's own: only the objects may be read to copies
  if (sharingNow() && indicator === v["indicator"] && e === v["estimate"] && attribution === v["attribution"] && s === v["status"]) return v;
  const out: Out = { id: v["id"], indicator, estimate: e, validTime: v["validTime"], reportedAt: v["reportedAt"] };
  if (recordedAt !== undefined || "recordedAt" in v) out["recordedAt"] = recordedAt;
  out["attribution"] = attribution;
  out["status"] = s;
  if (m !== undefined || "modality" in v) out["modality"] = m;
  if (restates !== undefined || "restates" in v) out["restates"] = restates;
  if (said !== undefined || "text" in v) out["text"] = said;
  return out;
}

/**
 * A claim of a dataset read to the value `DatasetClaimSchema` returns for it,
 * or undefined where this reader cannot vouch for it (a problem, or a shape
 * it leaves to zod: a namespaced measure, casualty parts, a best value, an
 * object that is not plain). @internal
 */
export function quickClaim(value: unknown): Out | undefined {
  const c = claimObject(value);
  if (c === NO) return undefined;
  if (c["restates"] === c["id"] || (c["status"] as Out)["supersededBy"] === c["id"]) return undefined;
  const unit = (c["indicator"] as Out)["unit"];
  // every measure read here is standard and counts people: one in money is left to zod to refuse
  if ((c["estimate"] as Out)["unit"] !== unit || notPeople(unit as string) !== undefined) return undefined;
  return c;
}

/**
 * A dataset read to the value `DatasetSchema` returns for it, its claims by
 * {@link quickClaim} (or, one at a time, by zod) and the rest by the shape's
 * own schemas; undefined for anything with a problem, which the caller
 * leaves to `DatasetSchema` to report. With `share`, for a reader that hands
 * nothing of the dataset out, claims that read to what they hold are kept
 * as they are, not copied. @internal
 */
export function quickDataset(json: unknown, share = false): Dataset | undefined {
  if (!isPlain(json)) return undefined;
  const given = json["claims"];
  if (given !== undefined && !Array.isArray(given)) return undefined;
  const claims = new Array<unknown>(given?.length ?? 0);
  setSharing(share);
  try {
    for (let i = 0; i < claims.length; i++) {
      const c = (given as unknown[])[i];
      const read = quickClaim(c) ?? DatasetClaimSchema.safeParse(c).data;
      if (read === undefined) return undefined;
      claims[i] = read;
    }
  } finally {
    setSharing(false);
  }
  const rest = DatasetShapeSchema.safeParse({ ...json, claims: [] });
  if (!rest.success) return undefined;
  const dataset = rest.data;
  dataset.claims = claims as Dataset["claims"];
  return datasetProblems(dataset).length === 0 ? dataset : undefined;
}
