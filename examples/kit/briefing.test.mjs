// A desk's own tests of its figures, written against fogcount and its test kit
// as another project writes them: the matchers come from the one import in the
// runner's setup file, the arbitraries and builders from "fogcount/testing".
// The same file runs under vitest and under Jest (describe, it and expect are
// the runner's globals).
import fc from "fast-check";
import { approx, range, sumEstimates } from "fogcount";
import { checkDataset } from "fogcount/dataset";
import { deploymentTotal } from "fogcount/deployment";
import { nisBriefing2025Dataset } from "fogcount/fixtures";
import { aBreakdown, aClaim, aDataset, arbDataset, arbEstimate, arbWaves, aWave, SEEDED_FINDINGS } from "fogcount/testing";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" };
const killed = aClaim().by(nis).about("kp-forces-in-russia").counting("killed");

describe("the briefing's figures", () => {
  it("adds the waves up to about 13,000–15,000 troops", () => {
    const autumn = aWave().sending(range(10_000, 12_000, "person")).from("KP").to("RU").during("2024-23").by(nis).build();
    const more = aWave().sending(approx(3000, "person")).from("KP").to("RU").during("2025-01/2025-04").adding(autumn.id).by(nis).build();
    const total = deploymentTotal([autumn, more], { asOf: "2025-04-30" }).estimate;
    expect(total).toBeValidEstimate();
    expect(total).toContainValue(14_000);
    expect(total).not.toContainValue(16_000);
    expect(total).toEqualEstimate(range(13_000, 15_000, "person", { approx: true }));
  });

  it("keeps a dataset of the revisions clean, and the seed's slip flagged", () => {
    const january = killed.saying(approx(300, "person")).asOf("2025-01").build();
    const april = killed.saying(approx(600, "person")).asOf("2025-04-30").build();
    const breakdown = aBreakdown().killed(april).total(approx(4700, "person")).including("killed", "wounded").build();
    const dataset = aDataset("Desk figures").withClaims(january, april).withBreakdown("april", breakdown).build();
    expect(dataset).toPassDatasetCheck();
    expect(nisBriefing2025Dataset).toHaveFinding("increment-before-wave", { severity: "error" });
    expect(() => expect(nisBriefing2025Dataset).toPassDatasetCheck()).toThrow(/increment-before-wave at claims\.7\.validTime/);
  });
});

describe("properties over anything the sources could say", () => {
  it("a sum allows every total of its parts", () => {
    fc.assert(
      fc.property(fc.array(arbEstimate({ kinds: ["exact", "approx", "range"], max: 1e6 }), { minLength: 1, maxLength: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (list, t) => {
        const point = list.reduce((sum, e) => sum + (e.kind === "range" ? e.low + t * (e.high - e.low) : e.value), 0);
        expect(sumEstimates(list, { unit: "person" })).toContainValue(point);
      }),
      { numRuns: 200 },
    );
  });

  it("waves whose links agree with their dates always add up", () => {
    fc.assert(
      fc.property(arbWaves({ planned: false, from: "2024-01-01", to: "2025-12-31" }), (waves) => {
        expect(deploymentTotal(waves).estimate).toBeValidEstimate();
      }),
      { numRuns: 100 },
    );
  });

  it("a clean dataset passes the check", () => {
    fc.assert(
      fc.property(arbDataset({ maxSeries: 3 }), (dataset) => {
        expect(dataset).toPassDatasetCheck();
      }),
      { numRuns: 30 },
    );
  });

  it.each(SEEDED_FINDINGS)("the check finds %s, and nothing else, where it was seeded", (code) => {
    fc.assert(
      fc.property(arbDataset({ withFinding: code, maxSeries: 2 }), (dataset) => {
        expect(dataset).toHaveFinding(code);
        expect(checkDataset(dataset)).toHaveLength(1);
      }),
      { numRuns: 10 },
    );
  });
});
