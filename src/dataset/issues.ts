// A zod issue of a dataset as a problem to print: a path, a message a reader
// acts on, and a code. Shared by the functions that check a dataset and by the
// command line. Not exported from the package.

import type { z } from "zod";

import { nearestField } from "../_lib/fields.js";
import type { JsonPath } from "./sections.js";

/** The codes a dataset that cannot be read is reported with. @internal */
export type DatasetProblemCode =
  | "invalid-dataset"
  | "unsupported-format"
  | "duplicate-id"
  | "dangling-reference"
  | "restatement-cycle"
  | "supersession-cycle"
  | "superseded-by-restatement"
  | "deployment-cycle"
  | "wave-mismatch";

/** A problem that keeps a document from being read as a dataset. @internal */
export interface DatasetProblem {
  readonly code: DatasetProblemCode;
  readonly path: JsonPath;
  readonly message: string;
  /** The other places the problem involves: each other copy of a repeated id (`duplicate-id`). */
  readonly others?: readonly JsonPath[];
}

const REFERENCE_CODES: readonly string[] = ["duplicate-id", "dangling-reference", "restatement-cycle", "supersession-cycle", "superseded-by-restatement", "deployment-cycle", "wave-mismatch"];

const A: ReadonlyMap<string, string> = new Map([
  ["object", "an object"],
  ["array", "a list"],
  ["string", "text"],
  ["number", "a number"],
  ["boolean", "true or false"],
]);

/** The value at `path` in `json`, or undefined. @internal */
export function valueAt(json: unknown, path: JsonPath): unknown {
  let at: unknown = json;
  for (let i = 0; i < path.length; i++) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, path[i] as PropertyKey)) return undefined;
    at = (at as Record<string | number, unknown>)[path[i] as string | number];
  }
  return at;
}

/** A path as a reader writes it: `claims[3].estimate.value`; `(the dataset)` for the root. @internal */
export function pathText(path: JsonPath): string {
  let out = "";
  for (const key of path)
    out += typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${out === "" ? "" : "."}${key}` : `[${JSON.stringify(key)}]`;
  return out === "" ? "(the dataset)" : out;
}

/** The fields of the objects a dataset holds, to name the one a misspelt key meant. */
const FIELDS = [
  ...["id", "indicator", "estimate", "validTime", "reportedAt", "recordedAt", "attribution", "status", "modality", "restates", "text"],
  ...["subject", "measure", "unit", "scope", "includes", "aggregation"],
  ...["kind", "value", "low", "high", "best", "approx", "strict", "hedge", "order", "reason", "supersededBy"],
  ...["originator", "relay", "publications", "credibility", "likelihood", "confidence", "name", "country", "countries", "reliability"],
  ...["channel", "closed", "source", "date", "outlet", "url", "title"],
];

/** Why a key is no field: `is not a field here (did you mean modality?)`. */
function unknownField(key: string): string {
  const hint = nearestField(key, FIELDS);
  return hint === undefined ? "is not a field here: a misspelling, or a field of a newer fogcount?" : `is not a field here (${hint})`;
}

function message(issue: z.core.$ZodIssue, value: unknown): string {
  // a message the schemas wrote says it best; zod's own are rewritten to say what belongs there
  if (!/^(?:Invalid|Too (?:small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `is missing: ${A.get(issue.expected) ?? issue.expected} is required here`
        : `must be ${A.get(issue.expected) ?? issue.expected}`;
    case "invalid_value":
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}`;
    case "invalid_union": {
      const { note, discriminator, options } = issue as {
        note?: string;
        discriminator?: string;
        options?: readonly unknown[];
      };
      return note === "No matching discriminator"
        ? `must have a ${discriminator ?? "kind"} of ${(options ?? []).map((o) => JSON.stringify(o)).join(", ")}`
        : issue.message;
    }
    case "too_small":
      return issue.origin === "array"
        ? `must list at least ${issue.minimum}`
        : issue.origin === "string"
        ? "must not be empty"
        : `must be at least ${issue.minimum}`;
    case "unrecognized_keys":
      return unknownField(String(issue.keys[0]));
    case "invalid_format":
      return issue.format === "url" ? "must be an http or https URL" : `must be ${issue.format === "regex" ? "written as the pattern says" : issue.format}`;
    default:
      return issue.message;
  }
}

/** Whether a branch of a union refuses the value as a whole: of the wrong type, or not one of its words. */
const refusesWhole = (branch: readonly z.core.$ZodIssue[]): boolean => branch.length === 1 && branch[0]?.path.length === 0 && (branch[0].code === "invalid_type" || branch[0].code === "invalid_value");

/** What a union's branches take, in words: "an object (an estimate) or one of \"unknown\", …". */
function alternatives(branches: readonly (readonly z.core.$ZodIssue[])[]): string {
  const words = branches.map((b) => {
    const first = b[0];
    if (first?.code === "invalid_type") return first.expected === "object" ? "an estimate (such as {\"kind\": \"exact\", \"value\": 600, \"unit\": \"person\"})" : (A.get(first.expected) ?? first.expected);
    if (first?.code === "invalid_value") return `one of ${first.values.map((v) => JSON.stringify(v)).join(", ")}`;
    return "";
  });
  return words.filter((w) => w !== "").join(" or ");
}

/**
 * The issue an undiscriminated union's problem is best told by, as a problem: for an object, the
 * problem of the branch that takes objects, at the place inside it (`killed.value must be a
 * number`); for another value, what the branches take, and for 0 that a figure of none is a
 * state. Undefined where the union's own issue says it best.
 */
function unionProblem(issue: z.core.$ZodIssue, json: unknown, at: JsonPath): DatasetProblem | undefined {
  if (issue.code !== "invalid_union" || (issue as { note?: string }).note !== undefined) return undefined;
  const branches = (issue as { errors?: readonly (readonly z.core.$ZodIssue[])[] }).errors ?? [];
  if (branches.length === 0) return undefined;
  const value = valueAt(json, at);
  const inside = typeof value === "object" && value !== null && !Array.isArray(value) ? branches.find((b) => !refusesWhole(b) && b.length > 0) : undefined;
  const first = inside?.[0];
  if (first !== undefined) return problemOf({ ...first, path: [...at, ...first.path] } as z.core.$ZodIssue, json);
  if (!branches.every(refusesWhole)) return undefined;
  const states = branches.flatMap((b) => (b[0]?.code === "invalid_value" ? b[0].values : []));
  const zero = value === 0 || (typeof value === "string" && /^(?:0|zero|none)$/i.test(value.trim()));
  if (zero && states.includes("none-observed")) {
    const message = `is ${JSON.stringify(value)}, but a figure is an estimate or a state, never 0: write "none-observed" when none were seen, "not-reported" when the source gives no figure, "unknown" when it is not known`;
    return { code: "invalid-dataset", path: at, message };
  }
  return { code: "invalid-dataset", path: at, message: `must be ${alternatives(branches)}` };
}

/**
 * A zod issue of a dataset document `json` as a problem: the path (to the
 * first unknown key, for unknown keys; for an estimate written wrong where a
 * union takes an estimate or a state, to the place inside it), a message that
 * says what the value must be (the value itself is shown by whoever prints
 * it), and its code. @internal
 */
export function problemOf(issue: z.core.$ZodIssue, json: unknown): DatasetProblem {
  const at = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
  const union = unionProblem(issue, json, at);
  if (union !== undefined) return union;
  const path: JsonPath = issue.code === "unrecognized_keys" ? [...at, issue.keys[0] as string] : at;
  const params = issue.code === "custom" ? (issue.params as { code?: unknown; others?: unknown } | undefined) : undefined;
  const param = params?.code;
  const code: DatasetProblemCode =
    typeof param === "string" && REFERENCE_CODES.includes(param)
      ? (param as DatasetProblemCode)
      : path.length === 1 && path[0] === "format"
      ? "unsupported-format"
      : "invalid-dataset";
  const others = Array.isArray(params?.others) ? (params.others as JsonPath[]) : undefined;
  return { code, path, message: message(issue, valueAt(json, path)), ...(others !== undefined && { others }) };
}

