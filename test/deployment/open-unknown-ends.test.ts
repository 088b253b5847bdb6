// A flow with an open end ("2024-10/..") and one with an unknown end
// ("2024-10/") describe different valid times: neither revises the other.
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/index.js";
import { deploymentsFromClaims } from "../../src/deployment/index.js";
import { nisBriefing2025Claims } from "../../src/fixtures/index.js";

const base = nisBriefing2025Claims[6] as Claim;
const flow = (id: string, validTime: string, reportedAt: string): Claim => ({ ...base, id, validTime, reportedAt, indicator: { ...base.indicator, aggregation: "flow" } });

describe("flows of an open end and of an unknown end from one day", () => {
  it("are two waves, not one revised", () => {
    const { deployments, findings } = deploymentsFromClaims([flow("open", "2024-10/..", "2025-01-01"), flow("unknown", "2024-10/", "2025-02-01")], { from: "KP", to: "RU" });
    expect(deployments.map((d) => d.id)).toEqual(["open", "unknown"]);
    expect(findings.filter((f) => f.code === "skipped-claim")).toEqual([]);
  });

  it("the same valid time written again is still one wave", () => {
    const { deployments } = deploymentsFromClaims([flow("a", "2024-10/", "2025-01-01"), flow("b", "2024-10/", "2025-02-01")], { from: "KP", to: "RU" });
    expect(deployments.map((d) => d.id)).toEqual(["b"]);
  });
});
