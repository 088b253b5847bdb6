// unit-mismatch for ledger entries: the quantities of one direction, category,
// item and stage in two spellings of one unit, which the balance cannot add.
import { describe, expect, it } from "vitest";

import { entryOf, findingsIn, ledgerOf } from "./build.js";

const shells = (id: string, value: number, unit: string, over: Record<string, unknown> = {}) => entryOf(id, "KP", "RU", { quantity: { kind: "exact", value, unit }, ...over });
const mismatches = (entries: unknown[]) => findingsIn({ ledgers: [ledgerOf("kp-ru", entries)] }).filter(([code]) => code === "unit-mismatch").map(([, , path]) => path);

describe("unit-mismatch in a ledger", () => {
  it.each(["shell\u200b", "ｓｈｅｌｌ", "shells", "Shell"])("an entry in %j beside one in \"shell\"", (unit) => {
    expect(mismatches([shells("s1", 100, "shell"), shells("s2", 200, unit)])).toEqual(["ledgers.0.entries.1.quantity.unit"]);
  });

  it("one spelling, or different items or stages, is no mismatch", () => {
    expect(mismatches([shells("s1", 100, "shell"), shells("s2", 200, "shell")])).toEqual([]);
    expect(mismatches([shells("s1", 100, "shell"), shells("s2", 200, "shells", { item: "rockets" })])).toEqual([]);
    expect(mismatches([shells("s1", 100, "shell"), shells("s2", 200, "shells", { stage: "committed" })])).toEqual([]);
  });
});
