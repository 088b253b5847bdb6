import { rethrow } from "../_lib/guard.js";
import { z } from "zod";

import { isObject } from "../_lib/assert.js";
import { isFogcountError } from "../errors.js";
import { quickDataset } from "./quick.js";
import { DatasetFormatSchema, DatasetSchema } from "./schema.js";
import type { Dataset } from "./schema.js";

/** What {@link safeParseDataset} returns: zod's `{ success: true, data }` or `{ success: false, error }`. */
export type SafeParseDatasetResult = ReturnType<typeof DatasetSchema.safeParse>;

/**
 * A dataset from untrusted JSON, as a result object: `{ success: true, data }`,
 * or `{ success: false, error }` whose `error.issues` each carry a `path` into
 * the document (`["claims", 3, "estimate", "value"]`) and a message; a
 * reference problem carries its code in `params.code` (`duplicate-id`,
 * `dangling-reference`, `restatement-cycle`, `supersession-cycle`, `superseded-by-restatement`,
 * `deployment-cycle`, `wave-mismatch`).
 * A file in another format version gets one issue, at `["format"]`, saying
 * what to change, and nothing else is read. A part that cannot be read (a
 * getter or a proxy that throws) is an issue at its path too, never a throw.
 *
 * This function loads zod, as `fogcount/schemas` does.
 *
 * @category Dataset
 * @example
 * safeParseDataset({ format: "fogcount-dataset/2", metadata: {} }).error?.issues[0]?.message;
 * //=> "is version 2 of the dataset format, written for a newer fogcount; this version reads \"fogcount-dataset/1\": upgrade fogcount, or write the file as \"fogcount-dataset/1\""
 */
export function safeParseDataset(json: unknown): SafeParseDatasetResult {
  try {
    if (isObject(json) && !Array.isArray(json)) {
      const format = DatasetFormatSchema.safeParse(json["format"]);
      if (!format.success) {
        return {
          success: false,
          error: new z.ZodError(
            format.error.issues.map((issue) => ({
              ...issue,
              path: ["format", ...issue.path],
            }))
          ),
        } as SafeParseDatasetResult;
      }
    }
    const quick = quickDataset(json);
    // a dataset read without a problem is what zod returns for it; zod reads any other, and names its problems
    return quick === undefined ? DatasetSchema.safeParse(json) : ({ success: true, data: quick } as SafeParseDatasetResult);
  } catch (error) {
    try {
      rethrow("safeParseDataset", { json }, error);
    } catch (thrown) {
      const issue = unreadableIssue(thrown);
      if (issue === undefined) throw thrown;
      return { success: false, error: new z.ZodError([issue]) } as SafeParseDatasetResult;
    }
  }
}

/** A part of the document that cannot be read (a getter or a proxy threw), as an issue at its path; undefined for any other error. */
function unreadableIssue(error: unknown): z.core.$ZodIssue | undefined {
  if (!isFogcountError(error, "invalid-argument")) return undefined;
  const read = /^safeParseDataset: json((?:\.[\w$]+|\[[^\]]*\])*) (cannot be read .*)$/s.exec(error.message);
  if (read === null) return undefined;
  const path = [...(read[1] ?? "").matchAll(/\.([\w$]+)|\[([^\]]*)\]/g)].map(([, name, index]) => (name !== undefined ? name : /^\d+$/.test(index ?? "") ? Number(index) : String(JSON.parse(index ?? '""'))));
  return { code: "custom", path, message: read[2] ?? "", input: undefined };
}

/**
 * A dataset from untrusted JSON (`JSON.parse` of a dataset file), checked in
 * full: the format version, the metadata, every source and claim by the
 * rules of their schemas, unique ids within each section, and every reference
 * by id resolved. Sections left out are empty; claim statuses left out are
 * normal. What a dataset says is then linted by {@link checkDataset}.
 *
 * This function loads zod, as `fogcount/schemas` does.
 *
 * @category Dataset
 * @throws {ZodError} with the issues and their paths, as {@link safeParseDataset} reports them.
 * @example
 * parseDataset({
 *   format: "fogcount-dataset/1",
 *   metadata: { title: "NIS briefings", licence: "CC-BY-4.0", maintainer: "Data desk", date: "2025-05-01" },
 *   sources: [{ id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" }],
 * }).sources.map((s) => s.id);
 * //=> ["kr-nis"]
 */
export function parseDataset(json: unknown): Dataset {
  try {
    const result = safeParseDataset(json);
    if (!result.success) throw result.error;
    return result.data;
  } catch (error) {
    rethrow("parseDataset", { json }, error);
  }
}
