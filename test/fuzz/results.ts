// What a public function may return: every estimate, period and claim in it
// passes its schema, and every best value lies inside its interval.
import { ClaimSchema, DatasetClaimSchema, DatasetDeploymentSchema, DeploymentSchema, EstimateSchema, PeriodSchema } from "../../src/schemas.js";

const ESTIMATE_KINDS = new Set(["exact", "approx", "range", "atLeast", "atMost", "magnitude"]);
const PERIOD_KINDS = new Set(["date", "season", "subyear", "interval"]);

/** The bounds of an estimate that passed its schema, `[low, high]`. */
function bounds(e: Record<string, unknown>): [number, number] {
  switch (e["kind"]) {
    case "range":
      return [e["low"] as number, e["high"] as number];
    case "atLeast":
      return [e["value"] as number, Infinity];
    case "atMost":
      return [0, e["value"] as number];
    case "magnitude":
      return [0, Infinity]; // the table is checked by the estimate tests
    default:
      return [e["value"] as number, e["value"] as number];
  }
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/** What is wrong with a returned value, at which path, or undefined. Walks plain objects and arrays only. */
export function problemIn(value: unknown, path = "result", seen = new Set<unknown>()): string | undefined {
  if (!isPlain(value) || seen.has(value)) return undefined;
  seen.add(value);
  const kind = value["kind"];
  if (typeof kind === "string" && ESTIMATE_KINDS.has(kind) && "unit" in value) {
    if (!EstimateSchema.safeParse(value).success) return `${path} fails EstimateSchema`;
    const [low, high] = bounds(value);
    const best = value["best"];
    if (typeof best === "number" && !(best >= low && best <= high)) return `${path}.best ${best} lies outside [${low}, ${high}]`;
  }
  if (typeof kind === "string" && PERIOD_KINDS.has(kind) && !PeriodSchema.safeParse(value).success) return `${path} fails PeriodSchema`;
  if ("indicator" in value && "estimate" in value && "attribution" in value) {
    // a dataset's claim names its sources by id
    const byId = typeof (value["attribution"] as { originator?: unknown } | undefined)?.originator === "string";
    if (!(byId ? DatasetClaimSchema : ClaimSchema).safeParse(value).success) return `${path} fails ${byId ? "DatasetClaimSchema" : "ClaimSchema"}`;
  }
  if ("category" in value && "size" in value && "period" in value) {
    // a dataset's wave names its sources by id
    const byId = typeof (value["attribution"] as { originator?: unknown } | undefined)?.originator === "string";
    if (!(byId ? DatasetDeploymentSchema : DeploymentSchema).safeParse(value).success) return `${path} fails ${byId ? "DatasetDeploymentSchema" : "DeploymentSchema"}`;
  }
  if (typeof value["low"] === "number" && typeof value["lowOpen"] === "boolean" && typeof value["best"] === "number") {
    const [low, high, best] = [value["low"], value["high"] as number, value["best"]];
    if (!(best >= low && best <= high)) return `${path}.best ${best} lies outside the interval [${low}, ${high}]`;
  }
  for (const [key, child] of Object.entries(value)) {
    const found = problemIn(child, `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}
