import { rethrow } from "../_lib/guard.js";
import { fail, isObject, oneOf, optionsOf } from "../_lib/assert.js";
import { isMeasure } from "../claim/measures.js";
import type { DatasetRuleCode, DatasetRuleSetting, DatasetSeverity } from "./codes.js";
import { readDataset } from "./read.js";
import { ruleContext } from "./rules/context.js";
import type { RuleSettings } from "./rules/context.js";
import { RULES } from "./rules/index.js";
import type { Dataset } from "./schema.js";
import { sectionNames } from "./sections.js";
import type { JsonPath } from "./sections.js";

/** A finding of {@link checkDataset}: plain data with a stable code, a severity, where it is, and what it is. */
export interface DatasetFinding {
  readonly code: DatasetRuleCode;
  readonly severity: DatasetSeverity;
  /** Where in the document: `["claims", 7, "validTime"]`. */
  readonly path: JsonPath;
  /** What was found, naming the claims and their figures and times. */
  readonly message: string;
}

/** Options for {@link checkDataset}. */
export interface CheckDatasetOptions {
  /** A severity for a rule, or `"off"`: `{ "unknown-as-zero": "error", "possible-restatement": "off" }`. Rules left out keep their own. */
  readonly rules?: Readonly<Partial<Record<DatasetRuleCode, DatasetRuleSetting>>>;
  /**
   * The measures whose stocks are running totals, which `cumulative-decrease`
   * and `unknown-as-zero` read as never falling; by default the casualty
   * measures, `deployed` and `repatriated`.
   */
  readonly cumulativeMeasures?: readonly string[];
}

/** The measures whose stocks are running totals unless a caller says otherwise. */
const CUMULATIVE = ["killed", "wounded", "missing", "captured", "casualties", "deployed", "repatriated"];

/**
 * Every lint rule of {@link checkDataset}, with the severity it reports at
 * unless `options.rules` sets another, in the order the rules run. Each is
 * described with an example in the lint-rule reference.
 *
 * @category Dataset
 * @example
 * DATASET_RULES.find((r) => r.code === "increment-before-wave");
 * //=> { code: "increment-before-wave", severity: "error" }
 */
export const DATASET_RULES: readonly {
  readonly code: DatasetRuleCode;
  readonly severity: DatasetSeverity;
}[] = /* @__PURE__ */ Object.freeze(RULES.map(({ code, severity }) => Object.freeze({ code, severity })));

const CODES: readonly string[] = /* @__PURE__ */ RULES.map((r) => r.code);

function readRules(where: string, rules: unknown): ReadonlyMap<string, DatasetRuleSetting> {
  const out = new Map<string, DatasetRuleSetting>();
  if (rules === undefined) return out;
  if (!isObject(rules) || Array.isArray(rules)) fail(where, "options.rules", "must be an object of rule codes and severities", rules, "invalid-option");
  for (const code of Object.keys(rules)) {
    oneOf(where, `options.rules.${code}`, code, CODES);
    out.set(code, oneOf(where, `options.rules[${JSON.stringify(code)}]`, rules[code], ["error", "warning", "off"] as const));
  }
  return out;
}

function readMeasures(where: string, measures: unknown): readonly string[] {
  if (measures === undefined) return CUMULATIVE;
  if (!Array.isArray(measures)) fail(where, "options.cumulativeMeasures", "must be a list of measures", measures, "invalid-option");
  for (let i = 0; i < measures.length; i++)
    if (!isMeasure(measures[i])) fail(where, `options.cumulativeMeasures[${i}]`, "is neither in MEASURES nor namespace:name", measures[i], "invalid-option");
  return [...(measures as string[])];
}

const ORDER = ["format", "metadata", ...sectionNames()];

function compare(a: DatasetFinding, b: DatasetFinding): number {
  const n = Math.max(a.path.length, b.path.length);
  for (let k = 0; k < n; k++) {
    const [x, y] = [a.path[k], b.path[k]];
    if (x === y) continue;
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (k === 0) return ORDER.indexOf(String(x)) - ORDER.indexOf(String(y));
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** {@link checkDataset} of a dataset already read, with its options read. @internal */
export function lintDataset(dataset: Dataset, severities: ReadonlyMap<string, DatasetRuleSetting>, settings: RuleSettings): DatasetFinding[] {
  const context = ruleContext(dataset, settings);
  const findings: DatasetFinding[] = [];
  for (const rule of RULES) {
    const severity = severities.get(rule.code) ?? rule.severity;
    if (severity === "off") continue;
    for (const f of rule.check(context))
      findings.push({
        code: rule.code,
        severity,
        path: f.path,
        message: f.message,
      });
  }
  // a stable sort: findings at one place keep the order of the rules
  return findings.sort(compare);
}

/** The options of {@link checkDataset}, read for `where`. @internal */
export function readCheckOptions(where: string, options: CheckDatasetOptions | undefined): [ReadonlyMap<string, DatasetRuleSetting>, RuleSettings] {
  const o = optionsOf(where, options, "options", ["rules", "cumulativeMeasures"]);
  return [readRules(where, o.rules), { cumulativeMeasures: readMeasures(where, o.cumulativeMeasures) }];
}

/**
 * The lint findings of a dataset: what its figures and times say that cannot
 * all be so, or should be looked at, by the rules of {@link DATASET_RULES} —
 * counts below zero and reports never known, one unit spelled two ways,
 * running totals that fall, slipped digits, restatements that drift or come
 * late, reports before the time they describe or after the dataset's own
 * date, unknowns written as zero, added waves dated before the waves they add
 * to (among the claims or the deployment waves); casualty breakdowns whose
 * parts do not fit their total or that give a part it does not count, plans
 * counted as deployments, replacements dated before what they replace,
 * ledger entries from or to a country that is not a party, SIPRI
 * trend-indicator values recorded as money, waves, breakdown figures and
 * ledger items that rest on a deprecated claim, and waves and ledger items
 * whose figures the claims they rest on do not allow. Each finding has a stable code,
 * a severity (`error` or `warning`, or as `options.rules` sets it; `"off"`
 * turns a rule off), the path of what it is about and a message naming the
 * claims, breakdowns, waves or entries; in document order. Plans,
 * projections and restatements are not read as assertions.
 *
 * This function loads zod to check its argument, as `parseDataset` reads it.
 *
 * @category Dataset
 * @throws {FogcountError} `invalid-dataset` for a value that is not a dataset, naming the first problem; `invalid-option` for options that are not an object, a name it does not take, a rule code that is not one or a setting other than "error", "warning" and "off", or cumulative measures that are not measures.
 * @example
 * checkDataset(nisBriefing2025Dataset).map((f) => [f.code, f.severity, f.path.join(".")]);
 * //=> [["increment-before-wave", "error", "claims.7.validTime"]]
 * checkDataset(nisBriefing2025Dataset, { rules: { "increment-before-wave": "off" } });
 * //=> []
 */
export function checkDataset(dataset: Dataset, options?: CheckDatasetOptions): DatasetFinding[] {
  try {
    const where = "checkDataset";
    const [severities, settings] = readCheckOptions(where, options);
    // the dataset is read to be linted, and nothing of it is handed out: claims that need no copy are not copied
    return lintDataset(readDataset(where, dataset, true), severities, settings);
  } catch (error) {
    rethrow("checkDataset", { dataset, options }, error);
  }
}
