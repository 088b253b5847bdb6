// Small datasets for the dataset tests: one originator, one outlet, claims
// about one subject unless a test says otherwise.
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
  return deepFreeze({ format: "fogcount-dataset/1", metadata: META, sources: SOURCES, claims, ...extra }) as unknown as DatasetInput;
}

/** The findings of a document, as `[code, severity, path]`. */
export function findingsOf(claims: readonly unknown[], options?: CheckDatasetOptions, extra?: Record<string, unknown>): [string, string, string][] {
  return checkDataset(parseDataset(datasetOf(claims, extra)), options).map((f) => [f.code, f.severity, f.path.join(".")]);
}
