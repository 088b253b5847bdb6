// A casualty chart does not draw at zero a 0 whose words say no figure was given, nor draw a
// projection as a count: the description says what each is.
import { describe, expect, it } from "vitest";

import { casualtyChart } from "../../src/render/index.js";
import { approx, claim, source } from "../../src/index.js";

const person = (value: number, text?: string) => ({ kind: "exact", value, unit: "person", ...(text !== undefined && { text }) }) as const;
const desc = (svg: string): string => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";

describe("casualtyChart of figures that are no count", () => {
  it("describes a 0 whose words say no figure was given as unknown, not 0", () => {
    const b = { killed: person(300), wounded: "not-reported", missing: person(0, "n/a"), captured: "not-reported", total: person(3000), includes: ["killed", "wounded", "missing"] } as const;
    const svg = casualtyChart(b as never);
    expect(desc(svg)).toContain("Missing: unknown: recorded as 0 where the source says &quot;n/a&quot;, and unknown is not zero.");
    expect(desc(svg)).not.toContain("Missing: 0.");
    // a 0 with no such words is drawn as stated
    expect(desc(casualtyChart({ ...b, missing: person(0) } as never))).toContain("Missing: 0.");
  });

  it("describes a figure whose claim is a projection as no count", () => {
    const nis = source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR" });
    const proj = claim({ id: "proj-killed", indicator: { subject: "kp", measure: "killed", unit: "person" }, estimate: approx(1000, "person"), validTime: "2025-04-30", reportedAt: "2025-04-30", attribution: { originator: nis }, modality: "projected" });
    const b = { killed: proj.estimate, wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: approx(4700, "person"), includes: ["killed", "wounded"], claims: { killed: proj } } as const;
    expect(desc(casualtyChart(b as never))).toContain("Killed: not a count: about 1,000 is a projection (proj-killed, projected).");
  });
});
