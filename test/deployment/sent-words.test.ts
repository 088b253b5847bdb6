// The working of a total names when a wave under way was sent in words that
// read: "sent from October 2024" for an open end, never "sent during from".
import { describe, expect, it } from "vitest";

import { deploymentTotal } from "../../src/deployment/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } as const;
const wave = (period: string): Deployment => ({ id: "b", from: "KP", to: "RU", category: "troops", size: exact(1000, "person"), period, reportedAt: "2025-06-01", attribution: { originator: nis } });

describe("a wave under way, in words", () => {
  it("an open end: sent from October 2024", () => {
    const text = explain(deploymentTotal([wave("2024-10/..")], { asOf: "2024-12-01" }));
    expect(text).toContain("(sent from October 2024: how many had gone by then is not said)");
    expect(text).not.toContain("during from");
  });

  it("a closed period: sent during it", () => {
    expect(explain(deploymentTotal([wave("2024-10/2025-02")], { asOf: "2024-12-01" }))).toContain("sent during October 2024–February 2025");
  });
});
