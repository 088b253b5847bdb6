// Small datasets for the dataset tests: one originator, one outlet, two
// parties, claims about one subject unless a test says otherwise.
import { checkDataset } from "../../src/dataset/index.js";
import type { CheckDatasetOptions, DatasetInput } from "../../src/dataset/index.js";
import { parseDataset } from "../../src/dataset/index.js";
import { deepFreeze } from "../helpers.js";

export const META = { title: "Test desk figures", licence: "CC0-1.0", maintainer: "Data desk", date: "2025-12-31" } as const;

export const SOURCES = [
  { id: "xx-spy", kind: "intelligence-agency", name: "Example Intelligence Service", country: "KR" },
  { id: "xx-news", kind: "outlet", name: "Example News" },
  { id: "xx-lawmaker", kind: "lawmaker", name: "A. Lawmaker", country: "KR" },
] as const;

export const PARTIES = [
  { id: "kp", code: "KP", name: "North Korea" },
  { id: "ru", code: "RU", name: "Russia" },
] as const;

type ClaimInput = NonNullable<DatasetInput["claims"]>[number];

/** A claim of xx-spy about xx-forces killed, exactly `value` people, valid and reported at `date`. */
export function claimOf(id: string, value: number, date: string, over: Partial<Record<keyof ClaimInput, unknown>> = {}): ClaimInput {
  return {
    id,
    indicator: { subject: "xx-forces", measure: "killed", unit: "person" },
    estimate: { kind: "exact", value, unit: "person" },
    validTime: date,
    reportedAt: date,
    attribution: { originator: "xx-spy" },
    ...over,
  } as ClaimInput;
}

/** A dataset document (plain JSON, deep-frozen) with these claims. */
export function datasetOf(claims: readonly unknown[], extra: Record<string, unknown> = {}): DatasetInput {
  return deepFreeze({ format: "fogcount-dataset/1", metadata: META, sources: SOURCES, parties: PARTIES, claims, ...extra }) as unknown as DatasetInput;
}

/** The findings of a document, as `[code, severity, path]`. */
export function findingsOf(claims: readonly unknown[], options?: CheckDatasetOptions, extra?: Record<string, unknown>): [string, string, string][] {
  return checkDataset(parseDataset(datasetOf(claims, extra)), options).map((f) => [f.code, f.severity, f.path.join(".")]);
}

/** What a test puts in a dataset: a list of claims, or an object of sections. */
export type Sections = readonly unknown[] | Readonly<Record<string, unknown>>;

/** The findings of a document with these sections, as `[code, severity, path]`. */
export function findingsIn(sections: Sections, options?: CheckDatasetOptions): [string, string, string][] {
  const { claims = [], ...extra } = (Array.isArray(sections) ? { claims: sections } : sections) as Record<string, unknown>;
  return findingsOf(claims as unknown[], options, extra);
}

/** A casualty breakdown of party kp whose total counts killed and wounded; every figure not reported unless given. */
export function breakdownOf(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const none = "not-reported";
  return { id, party: "kp", killed: none, wounded: none, missing: none, captured: none, total: none, includes: ["killed", "wounded"], ...fields };
}

/** A wave of troops from KP to RU of xx-spy's, `size` people over `period`, reported on 30 April 2025. */
export function waveOf(id: string, size: number | Record<string, unknown>, period: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const estimate = typeof size === "number" ? { kind: "exact", value: size, unit: "person" } : size;
  return { id, from: "KP", to: "RU", category: "troops", size: estimate, period, reportedAt: "2025-04-30", attribution: { originator: "xx-spy" }, ...over };
}

/** A ledger entry of xx-spy's: shells from `from` to `to`, delivered by 30 April 2025, reported. */
export function entryOf(id: string, from: string, to: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, from, to, category: "munitions", item: "shells", stage: "delivered", evidence: "reported", period: "../2025-04-30", attribution: { originator: "xx-spy" }, ...over };
}

/** A valuation of xx-spy's of more than one entry, by 30 April 2025. */
export function valuationOf(id: string, value: Record<string, unknown>, over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, item: "what was sent", value, period: "../2025-04-30", attribution: { originator: "xx-spy" }, ...over };
}

/** A ledger between the parties kp and ru. */
export function ledgerOf(id: string, entries: readonly unknown[], valuations: readonly unknown[] = []): Record<string, unknown> {
  return { id, parties: ["kp", "ru"], entries, valuations };
}
