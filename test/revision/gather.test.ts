// Gathering claims into series without writing out each claim's key: two claims share a series
// exactly when their indicator keys are equal, and the series come out in the order of their keys.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { indicatorKey } from "../../src/claim/indicator-key.js";
import type { Claim } from "../../src/claim/schema.js";
import { gather, gathered, gathering, groupKey } from "../../src/revision/gather.js";
import { revisionHistory } from "../../src/revision/history.js";
import { arbClaim } from "../../src/testing/index.js";

const originators = [
  { id: "a|b", kind: "ngo" as const, name: "A" },
  { id: "a", kind: "ngo" as const, name: "B" },
];
// few subjects, measures and originators, with `|` and `\` in them, so that keys often collide and escapes matter
const claims = fc.array(
  arbClaim({ subjects: ["s", "s|a", "s\\"], measures: ["killed", "casualties", "wounded"], units: ["person", "person|x"], originators }),
  { maxLength: 40 },
);

describe("gathering claims into series", () => {
  it("puts two claims in one series exactly when their keys are equal, in the order of the keys", () => {
    fc.assert(
      fc.property(claims, fc.boolean(), (list, byIndicator) => {
        const into = gathering(byIndicator);
        list.forEach((c, i) => gather(into, c, i));
        const series = gathered(into);
        const keys = series.map(([key]) => key);
        expect(keys).toEqual([...new Set(list.map((c) => groupKey(c, byIndicator)))].sort());
        for (const [key, members] of series) for (const i of members) expect(groupKey(list[i] as Claim, byIndicator)).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it("keys a series by originator as indicatorKey does, and across originators with an empty one", () => {
    const [c] = fc.sample(arbClaim({ originators }), { numRuns: 1, seed: 3 }) as [Claim];
    expect(groupKey(c, false)).toBe(indicatorKey(c));
    expect(groupKey(c, true)).toBe(indicatorKey({ ...c, attribution: { originator: { id: "" } } }));
  });

  it("reads listing all four casualty parts as leaving them out, in either order", () => {
    const base = { subject: "s", measure: "casualties", unit: "person" } as const;
    const [c] = fc.sample(arbClaim({ subjects: ["s"], measures: ["casualties"], units: ["person"], originators, modalities: ["asserted"], aggregations: ["stock"] }), {
      numRuns: 1,
      seed: 5,
    }) as [Claim];
    const all = { ...c, id: "all", indicator: { ...base, includes: ["wounded", "killed", "missing", "captured"] } } as Claim;
    const none = { ...c, id: "none", indicator: base } as Claim;
    const some = { ...c, id: "some", indicator: { ...base, includes: ["killed", "wounded"] } } as Claim;
    const swapped = { ...c, id: "swapped", indicator: { ...base, includes: ["wounded", "killed"] } } as Claim;
    expect(revisionHistory([all, none, some, swapped]).map((h) => h.claims.map((x) => x.id).sort())).toEqual([
      ["some", "swapped"], // "…|killed+wounded|…" before "…||…"
      ["all", "none"],
    ]);
  });
});

describe("a history of more distinct dates than a call keeps read", () => {
  it("reads every date past the first 4,096 as it reads the others", () => {
    const day = (n: number): string => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
    const list = Array.from({ length: 5000 }, (_, n): Claim => ({
      id: `c${n}`,
      indicator: { subject: "s", measure: "killed", unit: "person" },
      status: { kind: "normal" },
      estimate: { kind: "exact", value: n, unit: "person" },
      validTime: day(4999 - n),
      reportedAt: day(5000 + (n % 7)),
      attribution: { originator: originators[1] as (typeof originators)[number] },
    }));
    const [plain] = revisionHistory(list);
    const [built] = revisionHistory(list.map((c) => claim(c)));
    const expected = Array.from({ length: 5000 }, (_, k) => `c${4999 - k}`);
    expect(plain?.claims.map((c) => c.id)).toEqual(expected);
    expect(built?.index).toEqual(plain?.index);
    expect(plain?.index.knownFrom[0]).toBe((Date.UTC(2000, 0, 1 + 5000 + (4999 % 7)) / 1000) + 86_399);
  });
});

describe("a long chain of restatements", () => {
  it("joins its original's history, each link followed once (a chain 20,000 deep)", () => {
    const n = 20_000;
    const list = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      indicator: { subject: "s", measure: "killed", unit: "person" },
      estimate: { kind: "exact", value: 5, unit: "person" },
      validTime: "2025-01-01",
      reportedAt: `2025-01-${String(1 + (i % 28)).padStart(2, "0")}`,
      attribution: { originator: originators[1] },
      status: { kind: "normal" },
      ...(i > 0 && { restates: `c${i - 1}` }),
    })) as Claim[];
    const histories = revisionHistory(list);
    expect(histories.map((h) => [h.key, h.claims.length])).toEqual([["s|killed|person|||a", n]]);
  });
});
