// An id written many times, in a section or in one ledger, is one problem at
// its first repeat, naming the first copy and the other copies (ten by place,
// the rest by number), found in time linear in the copies.
import { describe, expect, it } from "vitest";

import { safeParseDataset } from "../../src/dataset/index.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";

type Issue = { path: PropertyKey[]; message: string; params?: { code?: string } };
const duplicates = (json: unknown): Issue[] => {
  const r = safeParseDataset(json);
  return r.success ? [] : (r.error.issues as unknown as Issue[]).filter((i) => i.message.includes("id"));
};

describe("repeated ids", () => {
  it("a ledger entry id written three times is one problem, with full paths, naming every copy", () => {
    const json = structuredClone(nisBriefing2025Dataset) as unknown as { ledgers: { entries: unknown[] }[] };
    const entries = json.ledgers[0]!.entries;
    entries.push(entries[0], entries[0]);
    const found = duplicates(json);
    expect(found).toHaveLength(1);
    expect(found[0]?.path.join(".")).toBe(`ledgers.0.entries.${entries.length - 2}.id`);
    expect(found[0]?.message).toContain(`of ledgers[0].entries[0], as ledgers[0].entries[${entries.length - 1}] does too: ids are unique within a ledger`);
  });

  it("ten thousand copies of one claim: one problem, its list cut after ten, in linear time", () => {
    const json = structuredClone(nisBriefing2025Dataset) as unknown as { claims: unknown[] };
    const n = json.claims.length;
    for (let i = 0; i < 10_000; i++) json.claims.push(json.claims[0]);
    const started = performance.now();
    const found = duplicates(json);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(`claims[${n + 10}] and 9,989 more do too`);
    expect(found[0]?.message.length).toBeLessThan(600);
  });
});
