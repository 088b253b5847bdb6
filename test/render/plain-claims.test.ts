// revisionHistory keeps claims built from plain objects, with no status (normal by default):
// revisionChart reads them as the rest of the revision room does, not with a TypeError.
import { describe, expect, it } from "vitest";

import { exact } from "../../src/index.js";
import { revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";

const nis = { originator: { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } } as const;
const raw = { id: "a", indicator: { subject: "kp", measure: "killed", unit: "person" }, estimate: exact(300, "person"), validTime: "2025-01", reportedAt: "2025-02-01", attribution: nis } as const;

describe("revisionChart of claims without status", () => {
  it("draws them as normal claims", () => {
    const svg = revisionChart(revisionHistory([raw, { ...raw, id: "b", estimate: exact(400, "person"), reportedAt: "2025-03-01" }] as never));
    expect(svg).toContain("NIS: 400 for January 2025 (reported 1 March 2025); earlier reports, since replaced: 300 for January 2025");
  });

  it("still draws a deprecated one beside them", () => {
    const gone = { ...raw, id: "b", estimate: exact(400, "person"), reportedAt: "2025-03-01", status: { kind: "deprecated", reason: "retracted" } };
    expect(() => revisionChart(revisionHistory([raw, gone] as never))).not.toThrow();
  });
});
