// Grouping the claims and waves of a report: one pass, each group's items in
// their order, groups in the order of their first item.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { groupBy } from "../../src/cli/report/group.js";

describe("groupBy", () => {
  it("keeps the groups in the order of their first item and each group's items in order", () => {
    const groups = groupBy(["ab", "b", "ac", "bc", "ad"], (w) => w[0] as string);
    expect([...groups.entries()]).toEqual([
      ["a", ["ab", "ac", "ad"]],
      ["b", ["b", "bc"]],
    ]);
  });

  it("holds every item once, under its own key", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), (items) => {
        const groups = groupBy(items, (n) => String(n % 3));
        expect([...groups.values()].flat().sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
        for (const [key, list] of groups) for (const n of list) expect(String(n % 3)).toBe(key);
      }),
    );
  });

  it("puts 50,000 items of one key in one list, in order", () => {
    const items = Array.from({ length: 50_000 }, (_, i) => i);
    const groups = groupBy(items, () => "one");
    expect(groups.size).toBe(1);
    expect(groups.get("one")).toEqual(items);
  });

  it("reads a key such as __proto__ as any other", () => {
    const groups = groupBy(["__proto__", "constructor", "__proto__"], (w) => w);
    expect(groups.get("__proto__")).toEqual(["__proto__", "__proto__"]);
    expect(groups.get("constructor")).toEqual(["constructor"]);
  });

  it("does not change the items it is given", () => {
    const items = Object.freeze(["b", "a"]);
    groupBy(items, (w) => w);
    expect(items).toEqual(["b", "a"]);
  });
});
