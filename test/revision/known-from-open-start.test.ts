// Under knownFrom "start" a report time with no first day would be known at every time: refused,
// as a report time with no last day is under knownFrom "end".
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { exact } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { asOf, revisionHistory } from "../../src/revision/index.js";

const s = source("s", "ngo", "S", { country: "KR" });
const at = (reportedAt: string) =>
  claim({ id: "c", indicator: { subject: "x", measure: "deployed", unit: "person" }, estimate: exact(100, "person"), validTime: "2024-23", reportedAt, attribution: { originator: s } });

describe("revisionHistory: a report time with no start", () => {
  it.each(["../2025-04-30", "/2025-04-30"])("%s is refused under knownFrom start, naming the field", (reportedAt) => {
    expect(() => revisionHistory([at(reportedAt)], { knownFrom: "start" })).toThrow(
      /^revisionHistory: claims\[0\]\.reportedAt has no start, so with knownFrom "start" it would be known at every time/,
    );
  });

  it("is read from its last day under knownFrom end, the default", () => {
    const [h] = revisionHistory([at("../2025-04-30")]);
    expect(asOf(h!, { known: "1990-01-01" })).toBeUndefined();
    expect(asOf(h!, { known: "2025-04-30" })?.id).toBe("c");
  });
});
