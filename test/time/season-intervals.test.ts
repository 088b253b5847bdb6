// An interval of seasons that name no hemisphere is read either way (the hemisphere option), so it
// must run forward in both; the reason says in which it runs backwards and how to name it.
import { describe, expect, it } from "vitest";

import { parsePeriod } from "../../src/time/edtf.js";

const reason = (text: string): string => {
  const r = parsePeriod(text);
  return r.ok ? "ok" : r.reason;
};

describe("intervals of seasons", () => {
  it.each([
    ["2024-22/2024-23", "southern", "2024-26/2024-27"],
    ["2024-21/2024-23", "southern", "2024-25/2024-27"],
    ["2024-22/2024-24", "southern", "2024-26/2024-28"],
    ["2024-12/2024-24", "southern", "2024-12/2024-28"],
    ["2024-23/2024-03", "northern", "2024-31/2024-03"],
  ])("%s runs backwards in the %s reading, and the reason names the fix %s", (text, hemisphere, fix) => {
    const why = reason(text);
    expect(why).toContain(`after it ends (${text.split("/")[1]}) when its seasons are read in the ${hemisphere} hemisphere`);
    expect(why).toContain(`as in "${fix}"`);
    expect(parsePeriod(fix).ok).toBe(true);
  });

  it("reads an interval that runs forward both ways, and one with named hemispheres", () => {
    for (const text of ["2024-21/2024-22", "2024-23/2024-24", "2024-24/2024-12", "2024-26/2024-27", "2024-30/2025-31"]) expect(reason(text)).toBe("ok");
  });

  it("keeps the plain reason where the interval runs backwards both ways", () => {
    expect(reason("2025-22/2024-23")).toBe('"2025-22/2024-23": the interval starts (2025-22) after it ends (2024-23)');
  });
});
