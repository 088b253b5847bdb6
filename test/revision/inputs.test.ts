// What the revision room does with input it cannot trust: claims that are not
// claims, and histories read from JSON and edited on the way.
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { ageDays, asOf, consensus, findContradictions, latest, revisionHistory, revisions } from "../../src/revision/index.js";
import type { AsOfQuery, RevisionHistory } from "../../src/revision/index.js";
import { nisBriefing2025Claims } from "../../src/fixtures/index.js";
import { deepFreeze, thrown, thrownCode } from "../helpers.js";
import { casualtiesApril, casualtiesJanuary, casualtiesMarch } from "./seed.js";

const built = (): RevisionHistory => revisionHistory([casualtiesJanuary, casualtiesMarch, casualtiesApril])[0] as RevisionHistory;
const fromJson = (h: RevisionHistory): RevisionHistory => JSON.parse(JSON.stringify(h)) as RevisionHistory;
const searches = [asOf, latest, revisions, findContradictions] as ((h: RevisionHistory) => unknown)[];


describe("revisionHistory and consensus refuse what is not a list of claims", () => {
  it("refuses undefined with invalid-argument, and an empty object with invalid-claim naming its place", () => {
    expect(thrownCode(() => revisionHistory(undefined as unknown as Claim[]))).toBe("invalid-argument");
    expect(thrown(() => revisionHistory([{}] as Claim[]))).toMatchObject({
      code: "invalid-claim",
      message: "revisionHistory: claims[0].id must be non-empty text without whitespace, got undefined",
    });
    expect(thrownCode(() => consensus(null as unknown as Claim[]))).toBe("invalid-argument");
    expect(thrownCode(() => consensus([casualtiesMarch, { ...casualtiesApril, validTime: "April" }]))).toBe("invalid-claim");
  });

  it("refuses two originators with one id, in a consensus and in a history read back from JSON", () => {
    const other = { ...casualtiesApril, attribution: { originator: { ...casualtiesApril.attribution.originator, name: "Another service" } } };
    expect(thrown(() => consensus([casualtiesMarch, other]))).toMatchObject({ code: "source-conflict", message: expect.stringMatching(/^consensus: claims\[1\]\.attribution\.originator is the source "kr-nis" with other fields than claims\[0\]/) });
    const edited = fromJson(built());
    (edited.claims[2] as { attribution: { originator: { name: string } } }).attribution.originator.name = "Another service";
    expect(thrown(() => asOf(edited))).toMatchObject({ code: "invalid-history", message: expect.stringContaining('history.claims[2].attribution.originator is the source "kr-nis" with other fields than history.claims[0]') });
  });

  it("reads a claim without status, as ClaimSchema accepts it, as a normal claim", () => {
    const { status: _status, ...bare } = casualtiesMarch;
    const [h] = revisionHistory([bare as Claim, casualtiesApril]);
    expect(latest(h as RevisionHistory)?.id).toBe("nis-2025-04-casualties");
    expect(asOf(h as RevisionHistory, { known: "2025-04-01" })).toEqual(bare);
  });

  it("refuses options and queries that are not objects, and unknown values, with invalid-option", () => {
    const h = built();
    expect(thrownCode(() => revisionHistory([], null as unknown as object))).toBe("invalid-option");
    expect(thrownCode(() => revisionHistory([], { groupBy: "source" as "indicator" }))).toBe("invalid-option");
    expect(thrownCode(() => asOf(h, null as unknown as AsOfQuery))).toBe("invalid-option");
    expect(thrownCode(() => revisions(h, 5 as unknown as object))).toBe("invalid-option");
    expect(thrownCode(() => findContradictions(h, { cumulative: "yes" as unknown as boolean }))).toBe("invalid-option");
    expect(thrownCode(() => consensus([], null as unknown as AsOfQuery))).toBe("invalid-option");
  });

  it("refuses option names a function does not take, naming the name and the names it takes", () => {
    const h = built();
    const typos: [string, () => unknown, string][] = [
      ["revisionHistory", () => revisionHistory([casualtiesMarch], { knowFrom: "end" } as never), "options.knowFrom"],
      ["asOf", () => asOf(h, { know: "2025-03-01" } as never), "query.know"],
      ["latest", () => latest(h, { known: "2025-03-01" } as never), "options.known"],
      ["revisions", () => revisions(h, { cumulative: true } as never), "options.cumulative"],
      ["findContradictions", () => findContradictions(h, { cummulative: true } as never), "options.cummulative"],
      ["consensus", () => consensus([casualtiesMarch], { valid: "2025-03-31", group: "country" } as never), "query.group"],
      ["ageDays", () => ageDays(casualtiesMarch, "2025-04-30", { anchr: "start" } as never), "options.anchr"],
    ];
    for (const [name, call, path] of typos) {
      const e = thrown(call) as { code?: string; message?: string; details?: { path?: string } };
      expect([name, e.code, e.details?.path]).toEqual([name, "invalid-option", path]);
      expect(e.message).toMatch(new RegExp(`^${name}: ${path.replace(".", "\\.")} is not an option \\(`));
    }
    // the names they do take are still taken
    expect(asOf(h, { valid: "2025-03-31", known: "2025-04-01", restatements: "include", maxAgeDays: 30 })?.id).toBe("nis-2025-03-casualties");
    expect(ageDays(casualtiesMarch, "2025-04-30", { anchor: "start" })).toBe(60);
  });

  it("returns frozen histories, so that one cannot be edited after it is built", () => {
    const h = built();
    expect(Object.isFrozen(h) && Object.isFrozen(h.claims) && Object.isFrozen(h.index.tree)).toBe(true);
  });

  it("keeps frozen copies of the claims, so that editing the claims given afterwards changes no answer", () => {
    const mine = JSON.parse(JSON.stringify([casualtiesJanuary, casualtiesMarch, casualtiesApril])) as Claim[];
    const [h] = revisionHistory(mine) as [RevisionHistory];
    const before = { valid: asOf(h, { valid: "2025-03-31" }), known: asOf(h, { known: "2025-03-15" }), all: revisions(h).map((r) => r.change) };
    expect(before.valid?.estimate).toEqual({ kind: "exact", value: 4000, unit: "person", text: "4,000" });
    // the caller's objects are neither frozen nor kept
    expect(Object.isFrozen(mine[1])).toBe(false);
    expect(h.claims.includes(mine[1] as Claim)).toBe(false);
    const edit = mine[1] as unknown as { estimate: { value: number }; reportedAt: string; validTime: string; attribution: { originator: { id: string } } };
    edit.estimate.value = 40;
    edit.reportedAt = "2025-01-02";
    edit.validTime = "2025-01-01";
    edit.attribution.originator.id = "someone-else";
    (mine as unknown[]).length = 0;
    expect({ valid: asOf(h, { valid: "2025-03-31" }), known: asOf(h, { known: "2025-03-15" }), all: revisions(h).map((r) => r.change) }).toEqual(before);
    // the copies are frozen all the way down
    const kept = h.claims[1] as Claim;
    expect([kept, kept.estimate, kept.indicator, kept.attribution, kept.attribution.originator].every(Object.isFrozen)).toBe(true);
    expect(() => {
      (kept.estimate as { value: number }).value = 1;
    }).toThrow(TypeError);
  });

  it("keeps a claim given deeply frozen as it is, and answers as for a copy of it", () => {
    const mine = deepFreeze(JSON.parse(JSON.stringify([casualtiesJanuary, casualtiesMarch, casualtiesApril])) as Claim[]);
    const [h] = revisionHistory(mine) as [RevisionHistory];
    const [copied] = revisionHistory(JSON.parse(JSON.stringify(mine)) as Claim[]) as [RevisionHistory];
    expect(h.claims.every((c) => mine.includes(c))).toBe(true);
    expect(h).toEqual(copied);
    expect(asOf(h, { valid: "2025-03-31", known: "2025-03-31" })).toBe(mine[1]);
    // the claims of one history are frozen already, and the next history keeps them too
    const [again] = revisionHistory([...copied.claims].reverse()) as [RevisionHistory];
    expect(again.claims.every((c, i) => c === copied.claims[i])).toBe(true);
  });

  it("copies a claim frozen by its caller that holds a mutable part, so that editing that part changes no answer", () => {
    const estimate = { kind: "exact", value: 4000, unit: "person" };
    const attribution = deepFreeze({ ...casualtiesMarch.attribution });
    const march = Object.freeze({ ...casualtiesMarch, estimate, attribution }) as Claim;
    const [h] = revisionHistory([casualtiesJanuary, march, casualtiesApril]) as [RevisionHistory];
    const kept = h.claims[1] as Claim;
    expect(kept).not.toBe(march);
    expect(kept.estimate).not.toBe(estimate);
    expect(kept.attribution).toBe(attribution);
    expect(Object.isFrozen(kept.estimate) && !Object.isFrozen(estimate)).toBe(true);
    const before = revisions(h).map((r) => r.change);
    estimate.value = 40;
    expect(revisions(h).map((r) => r.change)).toEqual(before);
    expect(asOf(h, { valid: "2025-03-31", known: "2025-03-31" })?.estimate).toMatchObject({ value: 4000 });
  });

  it("copies a source that many claims name once, and editing it afterwards changes no answer", () => {
    const mine = JSON.parse(JSON.stringify([casualtiesJanuary, casualtiesMarch, casualtiesApril])) as Claim[];
    const source = { ...casualtiesMarch.attribution.originator };
    const named = mine.map((c) => ({ ...c, attribution: { ...c.attribution, originator: source } }));
    const [h] = revisionHistory(named) as [RevisionHistory];
    const originators = new Set(h.claims.map((c) => c.attribution.originator));
    expect(originators.size).toBe(1);
    expect(originators.has(source)).toBe(false);
    expect(Object.isFrozen([...originators][0])).toBe(true);
    const key = h.key;
    source.id = "someone-else";
    expect(h.claims.map((c) => c.attribution.originator.id)).toEqual(h.claims.map(() => casualtiesMarch.attribution.originator.id));
    expect(revisionHistory(h.claims as Claim[])[0]?.key).toBe(key);
  });

  it("keeps frozen copies of the claims of a history read from JSON, once checked", () => {
    const copy = fromJson(built());
    expect(asOf(copy, { valid: "2025-03-31" })?.estimate).toMatchObject({ value: 4000 });
    // frozen in place once checked: an edit throws rather than being ignored
    expect(() => (((copy.claims[1] as Claim).estimate as { value: number }).value = 40)).toThrow(TypeError);
    expect(asOf(copy, { valid: "2025-03-31" })?.estimate).toMatchObject({ value: 4000 });
  });
});

describe("a history read from JSON is checked before it is searched", () => {
  it("answers as the history it was written from", () => {
    const copy = fromJson(built());
    expect(asOf(copy, { valid: "2025-03-31", known: "2025-03-31" })?.id).toBe("nis-2025-03-casualties");
    expect(asOf(copy, { valid: "2025-03-10", known: "2025-03-31" })?.id).toBe("nis-2025-01-casualties");
    expect(revisions(copy).map((r) => r.direction)).toEqual(["up", "up"]);
  });

  it.each([
    ["an emptied tree", (h: Record<string, unknown>) => ({ ...h, tree: [] })],
    ["a group day list a trillion long", (h: Record<string, unknown>) => ({ ...h, groupDay: { length: 1e12 } })],
    ["a huge negative group start", (h: Record<string, unknown>) => ({ ...h, groupStart: [-1e15, 3] })],
    ["a known time moved", (h: Record<string, unknown>) => ({ ...h, knownFrom: [0, 0, 0] })],
    ["a missing index list", (h: Record<string, unknown>) => ({ ...h, retiredFrom: undefined })],
  ])("refuses %s at once with invalid-history instead of searching forever", (_name, edit) => {
    const copy = fromJson(built());
    const edited = { ...copy, index: edit(copy.index as unknown as Record<string, unknown>) } as unknown as RevisionHistory;
    for (const search of searches) {
      // a hang guard, not a speed aim: the refusal comes before any search
      const start = performance.now();
      expect(thrownCode(() => search(edited))).toBe("invalid-history");
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it("refuses claims edited after the history was written, and claims that are not claims", () => {
    const copy = fromJson(built());
    expect(thrownCode(() => latest({ ...copy, claims: [...copy.claims].reverse() }))).toBe("invalid-history");
    const broken = { ...copy, claims: copy.claims.map((c, i) => (i === 1 ? { ...c, estimate: { kind: "exact" } } : c)) };
    expect(thrown(() => latest(broken as RevisionHistory)).message).toMatch(/^latest: history\.claims\[1\]\.estimate is not an estimate/);
    expect(thrownCode(() => asOf({ kind: "revision-history" } as RevisionHistory))).toBe("invalid-history");
  });

  it("names an edited key, a claim of another history and a field it does not have", () => {
    const copy = fromJson(built());
    expect(thrown(() => latest({ ...copy, key: "nis|other" } as RevisionHistory))).toMatchObject({
      code: "invalid-history",
      message: `latest: history.key is not the key of the history's claims ("kp-forces-in-russia|casualties|person|||kr-nis", or grouped by indicator "kp-forces-in-russia|casualties|person|||"), got "nis|other"`,
      details: { path: "history.key", value: "nis|other" },
    });
    const april = copy.claims[2] as Claim;
    const stranger = { ...april, indicator: { ...april.indicator, subject: "another subject" } };
    expect(thrown(() => latest({ ...copy, claims: [copy.claims[0], copy.claims[1], stranger] } as RevisionHistory))).toMatchObject({
      code: "invalid-history",
      message: expect.stringMatching(/^latest: history\.claims\[2\] belongs to the history ".*another subject.*", not to ".*" \(build the histories again with revisionHistory\), got "nis-2025-04-casualties"$/),
    });
    expect(thrown(() => asOf({ ...copy, note: "checked by hand" } as RevisionHistory))).toMatchObject({
      code: "invalid-history",
      message: 'asOf: history.note is not a field of a revision history (kind, key, claims, clocks, index), got "checked by hand"',
    });
    expect(thrown(() => asOf({ ...copy, index: { ...copy.index, groupStrat: [] } } as unknown as RevisionHistory))).toMatchObject({
      code: "invalid-history",
      message: expect.stringMatching(/^asOf: history\.index\.groupStrat is not a field of a revision history's index \(did you mean groupStart\?\), got \[\]$/),
    });
  });

  it("cannot be edited once checked, so what it answers is what it holds", () => {
    const copy = fromJson(built());
    expect(latest(copy)?.id).toBe("nis-2025-04-casualties");
    expect(() => ((copy.index as unknown as { tree: number[] }).tree.length = 0)).toThrow(TypeError);
    expect(() => (copy.claims as Claim[]).pop()).toThrow(TypeError);
    expect(copy.claims).toHaveLength(3);
    expect(latest(copy)?.id).toBe("nis-2025-04-casualties");
  });
});

describe("a history edited as JSON with huge arrays is refused at once", () => {
  it("names an index list whose length is not the number of claims, and cuts long arrays in its message", () => {
    const [h0] = revisionHistory(nisBriefing2025Claims.filter((c) => c.indicator.measure === "casualties"));
    const wide = JSON.parse(JSON.stringify(h0));
    wide.claims = new Array(1_000_000).fill(wide.claims[0]);
    expect(thrownCode(() => asOf(wide, {}))).toBe("invalid-history");
    const tall = JSON.parse(JSON.stringify(h0));
    tall.index.tree.length = 1e8;
    const e = thrown(() => asOf(tall, {}));
    expect((e as Error).message.length).toBeLessThan(400);
  });
});

describe("consensus of figures far apart", () => {
  it("throws overflow for a spread past the largest finite number, not Infinity", () => {
    const far = [casualtiesMarch, casualtiesMarch].map(
      (c, i) =>
        ({
          ...c,
          id: `far-${i}`,
          attribution: { ...c.attribution, originator: { ...c.attribution.originator, id: `source-${i}` } },
          // a measure of its own, not a count of people, which could not go below zero
          indicator: { ...c.indicator, measure: "test:balance", unit: "index" },
          estimate: { kind: "exact", value: i === 0 ? -1.7e308 : 1.7e308, unit: "index" },
        }) as Claim,
    );
    expect(thrownCode(() => consensus(far, {}))).toBe("overflow");
  });
});

describe("plans and age limits", () => {
  it("does not warn that a plan is reported before the time it is about", () => {
    const plan = { ...casualtiesMarch, id: "plan", modality: "planned", validTime: "2026-01", reportedAt: "2025-03" } as Claim;
    const [h] = revisionHistory([plan]);
    expect(findContradictions(h as RevisionHistory).filter((f) => f.code === "reported-before-valid")).toEqual([]);
    const [h2] = revisionHistory([{ ...plan, modality: "asserted" } as Claim]);
    expect(findContradictions(h2 as RevisionHistory).map((f) => f.code)).toContain("reported-before-valid");
  });

  it("refuses maxAgeDays without valid, from which the age is counted", () => {
    const [h] = revisionHistory([casualtiesMarch]);
    expect(thrownCode(() => asOf(h as RevisionHistory, { maxAgeDays: 30 }))).toBe("invalid-option");
    expect(thrownCode(() => consensus([casualtiesMarch], { maxAgeDays: 30 }))).toBe("invalid-option");
  });
});

describe("a count of people below zero", () => {
  it("is refused by every function that reads claims, as claim() refuses it", () => {
    const below = { ...casualtiesMarch, estimate: { kind: "exact", value: -50, unit: "person" } } as Claim;
    for (const call of [() => revisionHistory([below]), () => consensus([below], {})]) {
      expect(thrown(call)).toMatchObject({ code: "invalid-claim", message: expect.stringMatching(/claims\[0\]\.estimate is a count of people \(casualties\), which cannot go below zero/) });
    }
  });
});
