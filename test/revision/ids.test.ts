// The places of claims by id: answers as a Map would, for every order of puts and looks, and
// gives way to a Map when its probes run long.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { IdPlaces } from "../../src/revision/ids.js";

describe("IdPlaces", () => {
  it("answers get, has and size as a Map does, the last place given winning (each place given once, as each claim has one)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "__proto__", "constructor", "", "é", "a|b", "x".repeat(40)), { maxLength: 60 }), (ids) => {
        const table = new IdPlaces(ids.length);
        const map = new Map<string, number>();
        ids.forEach((id, place) => {
          table.set(id, place);
          map.set(id, place);
          expect(table.size).toBe(map.size);
        });
        for (const id of ["a", "b", "c", "__proto__", "constructor", "", "é", "a|b", "x".repeat(40), "missing"]) {
          expect(table.get(id)).toBe(map.get(id));
          expect(table.has(id)).toBe(map.has(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("moves its ids to a Map when a probe runs long, and answers the same", () => {
    // a table sized for one id, given forty: its eight slots fill, and a probe runs past them
    const table = new IdPlaces(1);
    for (let i = 0; i < 40; i++) table.set(`id-${i}`, i);
    table.set("id-3", 100);
    expect(table.size).toBe(40);
    expect(table.get("id-3")).toBe(100);
    expect(table.get("id-39")).toBe(39);
    expect(table.has("id-40")).toBe(false);
  });

  it("finds a million distinct ids", () => {
    const table = new IdPlaces(1_000_000);
    for (let i = 0; i < 1_000_000; i++) table.set(`c${i}`, i);
    expect(table.size).toBe(1_000_000);
    expect([table.get("c0"), table.get("c999999"), table.get("c1000000")]).toEqual([0, 999_999, undefined]);
  });
});
