// A part stated above the total of casualties that counts it, among a dataset's claims, is the
// error parts-exceed-total, as it is in a breakdown: "about 6,000 killed" beside "about 4,700
// casualties, killed and wounded", from one originator at one time.
import { describe, expect, it } from "vitest";

import { approx, claim, source } from "../../src/index.js";
import type { Claim } from "../../src/index.js";
import { checkDataset, datasetFromClaims } from "../../src/dataset/index.js";

const nis = source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR" });
const other = source("ua-gur", "intelligence-agency", "Defence Intelligence of Ukraine", { country: "UA" });
const META = { title: "t", licence: "MIT", maintainer: "m", date: "2025-05-01" };

function figure(id: string, measure: string, value: number, change: Partial<Parameters<typeof claim>[0]> & { includes?: string[] } = {}): Claim {
  const { includes, ...rest } = change;
  return claim({
    id,
    indicator: { subject: "kp-forces-in-russia", measure, unit: "person", ...(includes !== undefined && { includes }) },
    estimate: approx(value, "person"),
    validTime: "2025-04",
    reportedAt: "2025-04-30",
    attribution: { originator: nis },
    ...rest,
  } as never);
}

const findings = (claims: readonly Claim[]) =>
  checkDataset(datasetFromClaims(claims, META))
    .filter((f) => f.code === "parts-exceed-total")
    .map((f) => [f.path.join("."), f.message]);

const total = figure("cas", "casualties", 4700, { includes: ["killed", "wounded"] });

describe("a part above the total that counts it", () => {
  it("is an error at the part's estimate", () => {
    expect(findings([total, figure("killed", "killed", 6000)])).toEqual([
      ["claims.1.estimate", "killed states about 6,000 people killed, more than the about 4,700 people of cas, casualties of the same time that count the killed"],
    ]);
  });

  it.each([
    ["a part below the total", [total, figure("killed", "killed", 600)]],
    ["a total that does not count the part", [figure("cas", "casualties", 4700, { includes: ["wounded"] }), figure("killed", "killed", 6000)]],
    ["a total that does not say what it counts", [figure("cas", "casualties", 4700), figure("killed", "killed", 6000)]],
    ["another time", [total, figure("killed", "killed", 6000, { validTime: "2025-06", reportedAt: "2025-06-30" })]],
    ["another originator", [total, figure("killed", "killed", 6000, { attribution: { originator: other } })]],
    ["a projection", [total, figure("killed", "killed", 6000, { modality: "projected" })]],
    ["figures that overlap", [figure("cas", "casualties", 4700, { includes: ["killed", "wounded"] }), figure("killed", "killed", 4700)]],
  ])("is no finding for %s", (_name, claims) => {
    expect(findings(claims)).toEqual([]);
  });
});

const coded = (code: string, claims: readonly Claim[]) =>
  checkDataset(datasetFromClaims(claims, META))
    .filter((f) => f.code === code)
    .map((f) => [f.path.join("."), f.severity]);

describe("parts that sum past, or short of, the total that counts them", () => {
  const killed = figure("killed", "killed", 600);

  it("summing above it are the error parts-exceed-total at the total, as the report reads them", () => {
    expect(coded("parts-exceed-total", [total, killed, figure("wounded", "wounded", 4500)])).toEqual([["claims.0.estimate", "error"]]);
    const [f] = checkDataset(datasetFromClaims([total, killed, figure("wounded", "wounded", 4500)], META)).filter((x) => x.code === "parts-exceed-total");
    expect(f?.message).toBe("cas: killed (about 600) and wounded (about 4,500) sum to about 5,100, more than the total (about 4,700), which counts them (killed, wounded, of kr-nis about kp-forces-in-russia, valid 2025-04)");
    // "2025-04-30" and "2025-04" are one valid time, as a stock by its last day
    expect(coded("parts-exceed-total", [total, figure("killed", "killed", 600, { validTime: "2025-04-30" }), figure("wounded", "wounded", 4500)])).toHaveLength(1);
    // the latest figure of a part for the time is the one read
    const revised = figure("wounded2", "wounded", 4000, { reportedAt: "2025-05-01" });
    expect(coded("parts-exceed-total", [total, killed, figure("wounded", "wounded", 4500), revised])).toEqual([]);
  });

  it("summing below it when every part counted is given are the warning parts-fall-short", () => {
    expect(coded("parts-fall-short", [total, killed, figure("wounded", "wounded", 4000)])).toEqual([["claims.0.estimate", "warning"]]);
  });

  it.each([
    ["parts that fit", [total, killed, figure("wounded", "wounded", 4100)]],
    ["a part not given", [total, killed]],
    ["a part of another originator", [total, killed, figure("wounded", "wounded", 4500, { attribution: { originator: other } })]],
    ["a part of another time", [total, killed, figure("wounded", "wounded", 4500, { validTime: "2025-03" })]],
    ["a part that is a projection", [total, killed, figure("wounded", "wounded", 4500, { modality: "projected" })]],
    ["a part the total does not count", [figure("cas", "casualties", 4700, { includes: ["killed", "missing"] }), killed, figure("wounded", "wounded", 4500)]],
    ["a total that does not say what it counts", [figure("cas", "casualties", 4700), killed, figure("wounded", "wounded", 4500)]],
  ])("is no finding for %s", (_name, claims) => {
    expect(coded("parts-exceed-total", claims)).toEqual([]);
  });

  it("reads a 0 whose words say no figure was given as unknown, not a part summing short", () => {
    const na = figure("wounded", "wounded", 0, { estimate: { kind: "exact", value: 0, unit: "person", text: "n/a" } } as never);
    expect(coded("parts-fall-short", [total, killed, na])).toEqual([]);
  });
});
