// Money at a scale, as SIPRI and newsroom sheets write it ("USD million", "$bn", "mln USD",
// "USDm", "billion dollars"), is money: refused where people or things sent are counted, as
// "USD" is; units that may count people ("KIA", "people per million", "m" as a metre) are not.
import { describe, expect, it } from "vitest";

import { approx, claim, source } from "../../src/index.js";
import { CasualtyBreakdownSchema, ClaimSchema, DeploymentSchema } from "../../src/schemas.js";
import { deployment } from "../../src/deployment/index.js";
import { aBreakdown, arbClaim } from "../../src/testing/index.js";

const SCALED_MONEY = [
  "USD million",
  "$m",
  "mln USD",
  "USDm",
  "USD bn",
  "$bn",
  "billion dollars",
  "US dollars",
  "€m",
  "million euros",
  "RMB",
  "renminbi",
  "EUR billion",
  "£bn",
  "m USD",
  "USDbn",
  "EURmn",
  "kUSD",
  "Mio. EUR",
  "pounds sterling",
  "Korean won",
  "billion won",
  "USD, constant 2022 prices",
  "USD'000",
  "ＵＳＤ million",
  "USD\u200b million",
  "USD million/day",
  "thousand roubles per month",
];

const PEOPLE = ["person", "soldier", "KIA", "POW", "IDP", "household", "people per million", "thousand people", "ROK troops", "battles won", "all", "top", "cup", "mad"];

const nis = source("nis", "intelligence-agency", "NIS");
const init = (measure: string, unit: string) => ({
  id: "x",
  indicator: { subject: "kp-forces-in-russia", measure, unit },
  estimate: { kind: "exact", value: 15, unit },
  attribution: { originator: nis },
  validTime: "2025",
  reportedAt: "2025-04-30",
});
const wave = (unit: string) => ({ id: "w1", from: "KP", to: "RU", category: "troops", size: approx(15, unit), period: "2024-10", reportedAt: "2024-11-01", attribution: { originator: nis } });
const breakdown = (unit: string) => ({ killed: approx(600, unit), wounded: "unknown", missing: "unknown", captured: "unknown", total: "unknown", includes: ["killed"] });

describe("money written at a scale", () => {
  it.each(SCALED_MONEY)("is refused by claim() and ClaimSchema for a measure of people: %s", (unit) => {
    expect(() => claim(init("killed", unit) as never)).toThrow(
      expect.objectContaining({ code: "invalid-claim", message: expect.stringContaining("indicator.unit is money, but the measure killed counts people") }),
    );
    expect(ClaimSchema.safeParse(init("killed", unit)).success).toBe(false);
  });

  it.each(SCALED_MONEY)("is refused in a casualty breakdown and a deployment wave: %s", (unit) => {
    expect(() => aBreakdown().killed(approx(600, unit)).build()).toThrow(expect.objectContaining({ code: "invalid-breakdown", message: expect.stringContaining("is money, but a breakdown counts people") }));
    expect(CasualtyBreakdownSchema.safeParse(breakdown(unit)).success).toBe(false);
    expect(() => deployment(wave(unit) as never)).toThrow(expect.objectContaining({ code: "invalid-deployment", message: expect.stringContaining("size.unit is money") }));
    expect(() => deployment({ ...wave(unit), category: "acme:shells" } as never)).toThrow(expect.objectContaining({ code: "invalid-deployment", message: expect.stringContaining("size.unit is money") }));
    expect(DeploymentSchema.safeParse(wave(unit)).success).toBe(false);
  });

  it("is refused by the kit when it is every unit a measure of people may be drawn in", () => {
    expect(() => arbClaim({ units: ["USD million", "$bn", "mln USD"], measures: ["killed"] })).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });

  it("is a namespaced measure's own unit, which may be money", () => {
    expect(claim(init("sipri:arms-transfers", "USD million") as never).indicator.unit).toBe("USD million");
  });
});

describe("units that may count people", () => {
  it.each(PEOPLE)("are taken for a measure of people, a breakdown and a wave: %s", (unit) => {
    expect(claim(init("killed", unit) as never).indicator.unit).toBe(unit);
    expect(ClaimSchema.safeParse(init("killed", unit)).success).toBe(true);
    expect(CasualtyBreakdownSchema.safeParse(breakdown(unit)).success).toBe(true);
    expect(deployment(wave(unit) as never).size.unit).toBe(unit);
  });

  it("keeps 'm' alone a metre, refused for people as a unit of length, not as money", () => {
    expect(() => claim(init("killed", "m") as never)).toThrow(expect.objectContaining({ message: expect.stringContaining("indicator.unit is a unit of length") }));
    expect(() => deployment(wave("m") as never)).toThrow(expect.objectContaining({ message: expect.stringContaining("size.unit is a unit of length") }));
  });

  it("lets the kit draw claims in a unit of people beside money", () => {
    expect(() => arbClaim({ units: ["USD million", "person"], measures: ["killed"] })).not.toThrow();
  });
});
