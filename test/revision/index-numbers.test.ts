import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { revisionHistory } from "../../src/revision/history.js";
import { numberList, tagged } from "../../src/revision/numbers.js";

// The index of a history holds its numbers as they were computed: whole numbers, open ends,
// -0, and times past what a small integer holds all read back as the same numbers.
describe("the numbers of a history's index", () => {
  it("tagged keeps every number as it is", () => {
    for (const x of [0, 1, -1, 10957, 947203199, 2 ** 31, -(2 ** 31) - 1, 2 ** 40, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5, Infinity]) expect(Object.is(tagged(x), x)).toBe(true);
    expect(Object.is(tagged(-0), -0)).toBe(true);
  });

  it("numberList has its length, with empty slots", () => {
    expect(numberList(0)).toEqual([]);
    const list = numberList(3);
    expect(list).toHaveLength(3);
    list.fill(Number.MAX_SAFE_INTEGER);
    expect(list).toEqual([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
  });

  it("a history of dates far apart, one deprecated, keeps each time and survives JSON", () => {
    const originator = { id: "mod", kind: "ministry" as const, name: "Ministry" };
    const at = (id: string, validTime: string, reportedAt: string, status: Claim["status"] = { kind: "normal" }): Claim => ({
      id,
      indicator: { subject: "x", measure: "killed", unit: "person" },
      estimate: { kind: "exact", value: 1, unit: "person" },
      validTime,
      reportedAt,
      attribution: { originator },
      status,
    });
    const claims = [
      at("a", "1970-01-01", "1970-01-01"),
      at("b", "2100-06-30", "2100-07-01T12:00:00Z"),
      at("c", "1900-01", "1901"),
      at("d", "2100-06-30", "2100-07-02", { kind: "deprecated", reason: "corrected", supersededBy: "e" }),
      at("e", "2100-06-30", "2100-07-03"),
    ];
    const [h] = revisionHistory(claims);
    const index = h?.index;
    const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
    const second = (y: number, m: number, d: number, h = 0): number => Date.UTC(y, m - 1, d, h) / 1000;
    expect(index?.validDay).toEqual([day(1900, 1, 31), 0, day(2100, 6, 30), day(2100, 6, 30), day(2100, 6, 30)]);
    expect(index?.knownFrom).toEqual([second(1902, 1, 1) - 1, 86_399, second(2100, 7, 1, 12), second(2100, 7, 3) - 1, second(2100, 7, 4) - 1]);
    expect(index?.retiredFrom).toEqual([null, null, null, second(2100, 7, 4) - 1, null]);
    expect(index?.tree.filter((x) => x !== Number.MAX_SAFE_INTEGER).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    for (const list of Object.values(index ?? {})) expect(Object.isFrozen(list)).toBe(true);
  });
});
