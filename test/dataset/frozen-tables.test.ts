// The tables the dataset, deployment, ledger, casualty and import rooms export
// are deeply frozen: a caller cannot change what the library checks against.
import { describe, expect, it } from "vitest";

import { BREAKDOWN_FIELDS, CASUALTY_STATES } from "../../src/casualty/index.js";
import { DATASET_RULES } from "../../src/dataset/index.js";
import { DEPLOYMENT_CATEGORIES } from "../../src/deployment/index.js";
import { DEFAULT_HEDGE_MARKERS } from "../../src/import/index.js";
import { LEDGER_CATEGORIES, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES } from "../../src/ledger/index.js";

const deeplyFrozen = (x: unknown): boolean => typeof x !== "object" || x === null || (Object.isFrozen(x) && Object.values(x).every(deeplyFrozen));

describe("exported tables", () => {
  it.each(Object.entries({ BREAKDOWN_FIELDS, CASUALTY_STATES, DATASET_RULES, DEPLOYMENT_CATEGORIES, DEFAULT_HEDGE_MARKERS, LEDGER_CATEGORIES, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES }))("%s is deeply frozen", (_, table) => {
    expect(deeplyFrozen(table)).toBe(true);
  });
});
