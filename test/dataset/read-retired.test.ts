// The room readers of a dataset refuse a wave, a breakdown figure or a ledger item that rests on
// a deprecated claim, as checkDataset reports it (rests-on-deprecated-claim): a total, a
// reconciliation or a balance of what they return would count a retracted figure.
import { describe, expect, it } from "vitest";

import { datasetBreakdowns, datasetDeployments, datasetLedgers } from "../../src/dataset/read.js";
import type { Dataset } from "../../src/dataset/schema.js";
import { FogcountError } from "../../src/errors.js";
import { datasetOf } from "./build.js";
import { RESTING_CASES } from "./resting-cases.js";

const { fails, passes } = RESTING_CASES["rests-on-deprecated-claim"] as (typeof RESTING_CASES)[string];
const asDataset = (s: typeof fails): Dataset => {
  const { claims = [], ...rest } = s as Record<string, unknown>;
  return datasetOf(claims as unknown[], rest) as unknown as Dataset;
};

/** The error a reader throws, as its code and message. */
function refusal(read: () => unknown): [string, string] {
  try {
    read();
  } catch (error) {
    if (error instanceof FogcountError) return [error.code, error.message];
    throw error;
  }
  throw new Error("no refusal");
}

describe("readers refuse what rests on a deprecated claim", () => {
  it("datasetDeployments names the wave's claim, why it was deprecated and what supersedes it", () => {
    const [code, message] = refusal(() => datasetDeployments(asDataset(fails)));
    expect(code).toBe("invalid-dataset");
    expect(message).toContain("dataset.deployments[0].claim");
    expect(message).toContain("deprecated (counted twice), superseded by new");
    expect(message).toContain("rest it on new");
  });

  it("a wave on a restatement of a deprecated claim is refused too", () => {
    const only = { ...fails, deployments: ((fails as Record<string, unknown[]>)["deployments"] ?? []).slice(1, 2) };
    expect(refusal(() => datasetDeployments(asDataset(only)))[1]).toContain("rests on news, which restates old, deprecated");
  });

  it("datasetBreakdowns names the figure", () => {
    const [code, message] = refusal(() => datasetBreakdowns(asDataset(fails)));
    expect(code).toBe("invalid-dataset");
    expect(message).toContain("dataset.casualtyBreakdowns[0].claims.killed");
    expect(message).toContain("retracted by the agency");
  });

  it("datasetLedgers names the entry's claim", () => {
    const [code, message] = refusal(() => datasetLedgers(asDataset(fails)));
    expect(code).toBe("invalid-dataset");
    expect(message).toContain("dataset.ledgers[0].entries[0].claims[1]");
    expect(message).toContain("deprecated (misread)");
  });

  it("a deprecated claim nothing rests on, and claims that stand, are read", () => {
    const d = asDataset(passes);
    expect(datasetDeployments(d).map((w) => w.id)).toEqual(["w0"]);
    expect(datasetBreakdowns(d).map((b) => b.id)).toEqual(["b0"]);
    expect(datasetLedgers(d).map((l) => l.id)).toEqual(["kp-ru"]);
  });
});
