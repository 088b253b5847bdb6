// Every lint rule of checkDataset: a dataset that it flags, and a near miss it does not.
import { describe, expect, it } from "vitest";

import { checkDataset, DATASET_RULES, parseDataset } from "../../src/dataset/index.js";
import { claimOf, datasetOf, findingsIn, findingsOf } from "./build.js";
import type { Sections } from "./build.js";
import { NAME_CASES } from "./name-cases.js";
import { RESTING_CASES } from "./resting-cases.js";
import { approx, range, SECTION_CASES } from "./section-cases.js";

/** For each rule: what it flags (claims, or sections), with the paths, and what it lets pass; the rules of the later sections in section-cases.ts. */
const CASES: Record<string, { fails: Sections; at: string[]; passes: Sections }> = {
  "invalid-interval": {
    fails: [claimOf("a", 0, "2025-01-31", { estimate: range(-50, 600) }), claimOf("b", 5, "2025-02-28", { reportedAt: "2025-02/.." })],
    at: ["claims.0.estimate", "claims.1.reportedAt"],
    passes: [
      claimOf("a", 0, "2025-01-31", { estimate: range(0, 600) }),
      claimOf("b", 5, "2025-02-28", { reportedAt: "2025-02/2025-03" }),
      // a sum of money may be below zero
      claimOf("c", -5, "2025-03-31", { indicator: { subject: "xx-balance", measure: "ledger:value", unit: "USD" }, estimate: { kind: "exact", value: -5, unit: "USD" } }),
    ],
  },
  "unit-mismatch": {
    fails: [
      claimOf("a", 300, "2025-01-31"),
      claimOf("b", 600, "2025-02-28", { indicator: { subject: "xx-forces", measure: "killed", unit: "persons" }, estimate: { kind: "exact", value: 600, unit: "persons" } }),
      claimOf("c", 300, "2025-01-31", {
        reportedAt: "2025-02-01",
        restates: "a",
        attribution: { originator: "xx-spy", publications: [{ outlet: "Example News" }] },
        indicator: { subject: "xx-forces", measure: "killed", unit: "soldier" },
        estimate: { kind: "exact", value: 300, unit: "soldier" },
      }),
    ],
    at: ["claims.1.indicator.unit", "claims.2.estimate.unit"],
    passes: [
      claimOf("a", 1, "2025-01-31", { indicator: { subject: "ru-to-xx", measure: "ledger:supplied", unit: "drone" }, estimate: { kind: "atLeast", value: 1, unit: "drone" } }),
      claimOf("b", 1, "2025-01-31", { indicator: { subject: "ru-to-xx", measure: "ledger:supplied", unit: "air-defense-missile" }, estimate: { kind: "atLeast", value: 1, unit: "air-defense-missile" } }),
    ],
  },
  "cumulative-decrease": {
    fails: [claimOf("apr", 600, "2025-04-30"), claimOf("may", 300, "2025-05-31")],
    at: ["claims.1.estimate"],
    passes: [
      claimOf("apr", 300, "2025-04-30"),
      claimOf("may", 600, "2025-05-31"),
      // people present may fall
      claimOf("p1", 600, "2025-04-30", { indicator: { subject: "xx-forces", measure: "present", unit: "person" } }),
      claimOf("p2", 300, "2025-05-31", { indicator: { subject: "xx-forces", measure: "present", unit: "person" } }),
    ],
  },
  "slipped-digit": {
    fails: [claimOf("jan", 300, "2025-01-31"), claimOf("feb", 3300, "2025-02-28"), claimOf("mar", 340, "2025-03-31")],
    at: ["claims.1.estimate"],
    passes: [claimOf("jan", 300, "2025-01-31"), claimOf("feb", 330, "2025-02-28"), claimOf("mar", 340, "2025-03-31")],
  },
  "hedge-drift": {
    fails: [
      claimOf("apr", 0, "2025-04-30", { estimate: approx(600) }),
      claimOf("news", 0, "2025-04-30", { reportedAt: "2025-05-01", restates: "apr", estimate: { kind: "atLeast", value: 600, strict: true, unit: "person" } }),
    ],
    at: ["claims.1.estimate"],
    passes: [
      claimOf("apr", 0, "2025-04-30", { estimate: approx(600) }),
      claimOf("news", 0, "2025-04-30", { reportedAt: "2025-05-01", restates: "apr", estimate: { ...approx(600), hedge: "around" } }),
    ],
  },
  "measure-drift": {
    fails: [
      claimOf("apr", 0, "2025-04-30", { indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, estimate: approx(4700) }),
      claimOf("news", 0, "2025-04-30", { reportedAt: "2025-05-01", restates: "apr", estimate: approx(4700) }),
      // a restatement of another valid time drifts in its validTime
      claimOf("mar", 0, "2025-03-31", { indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, estimate: approx(4000) }),
      claimOf("late", 0, "2025-04-30", { reportedAt: "2025-05-02", restates: "mar", indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, estimate: approx(4000) }),
    ],
    at: ["claims.1.indicator", "claims.3.validTime"],
    passes: [
      claimOf("apr", 0, "2025-04-30", { indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, estimate: approx(4700) }),
      claimOf("news", 0, "2025-04-30", { reportedAt: "2025-05-01", restates: "apr", indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, estimate: approx(4700) }),
    ],
  },
  "modality-drift": {
    fails: [
      claimOf("proj", 0, "2025-12", { modality: "projected", estimate: approx(100_000) }),
      claimOf("news", 0, "2025-12", { reportedAt: "2025-05-01", restates: "proj", estimate: approx(100_000) }),
    ],
    at: ["claims.1.modality"],
    passes: [
      claimOf("proj", 0, "2025-12", { modality: "projected", estimate: approx(100_000) }),
      claimOf("news", 0, "2025-12", { reportedAt: "2025-05-01", restates: "proj", modality: "projected", estimate: approx(100_000) }),
    ],
  },
  "stale-restatement": {
    fails: [claimOf("apr", 600, "2025-04-30"), claimOf("sep", 2000, "2025-09-01"), claimOf("news", 600, "2025-04-30", { reportedAt: "2025-11-03", restates: "apr" })],
    at: ["claims.2.reportedAt"],
    passes: [claimOf("apr", 600, "2025-04-30"), claimOf("sep", 2000, "2025-09-01"), claimOf("news", 600, "2025-04-30", { reportedAt: "2025-05-03", restates: "apr" })],
  },
  "possible-restatement": {
    fails: [claimOf("apr", 0, "2025-04-30", { estimate: approx(600) }), claimOf("again", 610, "2025-04-30", { reportedAt: "2025-05-06" })],
    at: ["claims.1.id"],
    passes: [claimOf("apr", 0, "2025-04-30", { estimate: approx(600) }), claimOf("again", 610, "2025-04-30", { reportedAt: "2025-05-06", restates: "apr" })],
  },
  "simultaneous-conflict": {
    // asOf takes the lowest id; the finding points at the other
    fails: [claimOf("a", 600, "2025-04-30"), claimOf("b", 6000, "2025-04-30")],
    at: ["claims.1.estimate"],
    passes: [claimOf("a", 600, "2025-04-30"), claimOf("b", 6000, "2025-04-30", { status: { kind: "deprecated", reason: "a typo", supersededBy: "a" } })],
  },
  "reported-before-valid": {
    fails: [claimOf("a", 600, "2025-04-30", { reportedAt: "2025-04-01" })],
    at: ["claims.0.reportedAt"],
    passes: [claimOf("a", 600, "2025-04-30", { reportedAt: "2025-04-01", modality: "projected" })],
  },
  "reported-after-dataset": {
    fails: [claimOf("a", 600, "2026-01-02"), claimOf("b", 700, "2025-12-30", { recordedAt: "2026-01" })],
    at: ["claims.0.reportedAt", "claims.1.recordedAt"],
    passes: [claimOf("a", 600, "2025-12-31"), claimOf("b", 700, "2025-12-30", { recordedAt: "2025-12" })],
  },
  "unknown-as-zero": {
    fails: [
      claimOf("a", 0, "2025-01-31", { estimate: { kind: "exact", value: 0, unit: "person", text: "n/a" } }),
      claimOf("b", 300, "2025-02-28", { indicator: { subject: "yy-forces", measure: "killed", unit: "person" } }),
      claimOf("c", 0, "2025-03-31", { indicator: { subject: "yy-forces", measure: "killed", unit: "person" } }),
    ],
    at: ["claims.0.estimate", "claims.2.estimate"],
    passes: [
      claimOf("a", 0, "2025-01-31", { estimate: { kind: "exact", value: 0, unit: "person", text: "no deaths" } }),
      claimOf("c", 0, "2025-03-31", { indicator: { subject: "yy-forces", measure: "killed", unit: "person" } }),
      claimOf("d", 300, "2025-04-30", { indicator: { subject: "yy-forces", measure: "killed", unit: "person" } }),
    ],
  },
  "increment-before-wave": {
    fails: [
      claimOf("fall", 0, "2024-23", { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" }, estimate: range(10_000, 12_000) }),
      claimOf("more", 0, "2023-01/2023-04", { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "increment" }, estimate: approx(3000) }),
    ],
    at: ["claims.1.validTime"],
    passes: [
      claimOf("fall", 0, "2024-23", { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" }, estimate: range(10_000, 12_000) }),
      claimOf("more", 0, "2025-01/2025-04", { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "increment" }, estimate: approx(3000) }),
      // a plan is about a time to come, and a level as of a later date may include the increment
      claimOf("plan", 0, "2023-01", { reportedAt: "2025-04-30", modality: "planned", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "increment" }, estimate: approx(3000) }),
      claimOf("level", 0, "2025-06-30", { reportedAt: "2025-06-30", indicator: { subject: "yy-forces", measure: "deployed", unit: "person" }, estimate: approx(15000) }),
      claimOf("extra", 0, "2025-02", { reportedAt: "2025-03-01", indicator: { subject: "yy-forces", measure: "deployed", unit: "person", aggregation: "increment" }, estimate: approx(3000) }),
    ],
  },
  ...SECTION_CASES,
  ...RESTING_CASES,
  ...NAME_CASES,
};

describe("the lint rules", () => {
  it("each has a case here, and every case is a rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(DATASET_RULES.map((r) => r.code).sort());
  });

  describe.each(DATASET_RULES.map((r) => [r.code, r.severity] as const))("%s", (code, severity) => {
    const c = CASES[code] as (typeof CASES)[string];
    it("flags what it is about, where it is, at its severity", () => {
      const found = findingsIn(c.fails).filter(([k]) => k === code);
      expect(found).toEqual(c.at.map((path) => [code, severity, path]));
    });

    it("lets the near miss pass", () => {
      expect(findingsIn(c.passes).filter(([k]) => k === code)).toEqual([]);
    });

    it("is turned off, or reported at another severity, as the options say", () => {
      expect(findingsIn(c.fails, { rules: { [code]: "off" } }).filter(([k]) => k === code)).toEqual([]);
      const other = severity === "error" ? "warning" : "error";
      expect(findingsIn(c.fails, { rules: { [code]: other } }).filter(([k]) => k === code).map(([, s]) => s)).toEqual(c.at.map(() => other));
    });
  });
});

describe("findings", () => {
  it("name the claims and figures in their messages", () => {
    const [finding] = checkDataset(parseDataset(datasetOf((CASES["increment-before-wave"]?.fails ?? []) as unknown[])));
    expect(finding?.message).toBe(
      "more adds about 3,000 people to xx-forces deployed, dated 2023-01/2023-04 (January–April 2023): before fall, the first wave it adds to, dated 2024-23 (autumn 2024). A slipped year?",
    );
  });

  it("are listed in document order, findings at one place in the order of the rules", () => {
    const claims = [claimOf("b", 300, "2026-02-01", { reportedAt: "2025-01-01" }), claimOf("a", -1, "2025-01-31")];
    expect(findingsOf(claims)).toEqual([
      ["reported-before-valid", "error", "claims.0.reportedAt"],
      ["invalid-interval", "error", "claims.1.estimate"],
    ]);
  });

  it("read a cumulative measure named in the options", () => {
    const present = { indicator: { subject: "xx-forces", measure: "present", unit: "person" } };
    const claims = [claimOf("p1", 600, "2025-04-30", present), claimOf("p2", 300, "2025-05-31", present)];
    expect(findingsOf(claims, { cumulativeMeasures: ["present"] })).toEqual([["cumulative-decrease", "warning", "claims.1.estimate"]]);
  });

  it("are none for an empty dataset", () => {
    expect(findingsOf([])).toEqual([]);
  });
});

describe("edges of the rules", () => {
  it("order several findings at one claim by their paths", () => {
    const claims = [
      claimOf("apr", 0, "2025-04-30", { indicator: { subject: "xx-forces", measure: "casualties", unit: "person" }, estimate: approx(4700) }),
      claimOf("k", 300, "2025-03-31"),
      claimOf("news", 0, "2025-04-30", { reportedAt: "2025-05-01", restates: "apr", indicator: { subject: "xx-forces", measure: "killed", unit: "persons" }, estimate: { kind: "approx", value: 4700, unit: "persons" } }),
    ];
    const paths = findingsOf(claims).map(([, , path]) => path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(expect.arrayContaining(["claims.2.estimate.unit", "claims.2.indicator", "claims.2.indicator.unit"]));
  });

  it("take the earliest of several waves, in whatever order they are listed", () => {
    const wave = (id: string, valid: string) =>
      claimOf(id, 0, valid, { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" }, estimate: range(1000, 2000) });
    const more = claimOf("more", 0, "2024-02", { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "increment" }, estimate: approx(300) });
    expect(findingsOf([wave("late", "2024-12"), wave("early", "2024-06"), more])).toEqual([["increment-before-wave", "error", "claims.2.validTime"]]);
    expect(checkDataset(parseDataset(datasetOf([wave("late", "2024-12"), wave("early", "2024-06"), more])))[0]?.message).toContain("before early, the first wave it adds to, dated 2024-06 (June 2024)");
    // waves made public after the increment was reported are not what it added to
    const later = claimOf("later", 0, "2024-06", { reportedAt: "2025-06-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" }, estimate: range(1000, 2000) });
    expect(findingsOf([later, more])).toEqual([]);
  });

  it("read a report's time of day in UTC, as the knowledge clock does", () => {
    // the dataset is dated 2025-12-31: 01:00 in Kyiv on 1 January is 22:00 UTC on 31 December, 23:00 in New York on the 31st is 04:00 UTC on 1 January
    const kyiv = claimOf("kyiv", 600, "2025-12-30", { reportedAt: "2026-01-01T01:00:00+03:00" });
    const newYork = claimOf("new-york", 700, "2025-12-29", { reportedAt: "2025-12-31T23:00:00-05:00" });
    expect(findingsOf([kyiv, newYork]).filter(([code]) => code === "reported-after-dataset")).toEqual([["reported-after-dataset", "error", "claims.1.reportedAt"]]);
    // reported at 04:30 UTC on 12 March, though written on the 11th: not before its valid day
    const early = claimOf("early", 600, "2025-03-12", { reportedAt: "2025-03-11T23:30:00-05:00" });
    const before = claimOf("before", 600, "2025-03-12", { reportedAt: "2025-03-12T01:00:00+03:00" });
    expect(findingsOf([early, before]).filter(([code]) => code === "reported-before-valid").map(([, , path]) => path)).toEqual(["claims.1.reportedAt"]);
  });

  it("read years before the common era", () => {
    expect(findingsOf([claimOf("old", 5, "-0044-03-15", { reportedAt: "-0044-03-16" })])).toEqual([]);
    expect(findingsOf([claimOf("old", 5, "-0044-03-15", { reportedAt: "-0044-03-14" })])).toEqual([["reported-before-valid", "error", "claims.0.reportedAt"]]);
  });
});
