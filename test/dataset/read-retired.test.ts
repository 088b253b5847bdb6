// The room readers of a dataset refuse a wave, a breakdown figure or a ledger item that rests on
// a deprecated claim, as checkDataset reports it (rests-on-deprecated-claim): a total, a
// reconciliation or a balance of what they return would count a retracted figure.
import { describe, expect, it } from "vitest";

import { datasetBreakdowns, datasetDeployments, datasetLedgers } from "../../src/dataset/read.js";
import type { Dataset } from "../../src/dataset/schema.js";
import { FogcountError } from "../../src/errors.js";
import { checkDataset } from "../../src/dataset/check.js";
import { parseDataset } from "../../src/dataset/parse.js";
import { claimOf, datasetOf, findingsIn, waveOf } from "./build.js";

const sent = { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" };
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

describe("the claim to rest an item on instead", () => {
  it("is the one that stands at the end of the replacements, never one replaced in turn", () => {
    const claims = [
      claimOf("jan", 5000, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: { kind: "approx", value: 5000, unit: "person" }, status: { kind: "deprecated", reason: "counted twice", supersededBy: "jan2" } }),
      claimOf("jan2", 4000, "2024-10", { reportedAt: "2024-12-01", indicator: sent, estimate: { kind: "approx", value: 4000, unit: "person" }, status: { kind: "deprecated", reason: "revised", supersededBy: "jan3" } }),
      claimOf("jan3", 3000, "2024-10", { reportedAt: "2025-01-01", indicator: sent, estimate: { kind: "approx", value: 3000, unit: "person" } }),
    ];
    const sections = { claims, deployments: [waveOf("w0", { kind: "approx", value: 5000, unit: "person" }, "2024-10", { claim: "jan" })] };
    expect(refusal(() => datasetDeployments(asDataset(sections as typeof fails)))[1]).toContain("rest it on jan3, or leave it out");
    const finding = findingsIn(sections).find(([code]) => code === "rests-on-deprecated-claim");
    expect(finding).toBeDefined();
    const message = checkDataset(parseDataset(datasetOf(claims, { deployments: sections.deployments }))).find((f) => f.code === "rests-on-deprecated-claim")?.message;
    expect(message).toContain("rest it on jan3, or leave it out");
  });
});
