// What counts people or things sent is never money: a casualty breakdown, a deployment wave,
// and the kit's arbitraries and builders for them, refuse a unit that is an ISO 4217 code; what
// counts people refuses a unit of measurement too (km, t, days, TIV).
import { describe, expect, it } from "vitest";

import { CasualtyBreakdownSchema, DeploymentSchema } from "../../src/schemas.js";
import { deployment } from "../../src/deployment/index.js";
import { approx, exact, source } from "../../src/index.js";
import { aBreakdown, aWave, arbBreakdown, arbWaves } from "../../src/testing/index.js";

const nis = source("nis", "intelligence-agency", "NIS");
const wave = (unit: string) => ({
  id: "w1",
  from: "KP",
  to: "RU",
  category: "troops",
  size: approx(3000, unit),
  period: "2024-10",
  reportedAt: "2024-11-01",
  attribution: { originator: nis },
});
const breakdown = (unit: string) => ({ killed: approx(600, unit), wounded: "unknown", missing: "unknown", captured: "unknown", total: "unknown", includes: ["killed"] });

describe("a unit of money where people or things sent are counted", () => {
  it.each(["USD", "EUR/day", "usd", "$", "dollars", "KRW per month"])("is refused in a breakdown and a wave: %s", (unit) => {
    expect(() => aBreakdown().killed(approx(600, unit)).build()).toThrow(expect.objectContaining({ code: "invalid-breakdown", message: expect.stringContaining("is money, but a breakdown counts people") }));
    expect(CasualtyBreakdownSchema.safeParse(breakdown(unit)).success).toBe(false);
    expect(() => deployment(wave(unit) as never)).toThrow(expect.objectContaining({ code: "invalid-deployment", message: expect.stringContaining("size.unit is money") }));
    expect(DeploymentSchema.safeParse(wave(unit)).success).toBe(false);
    expect(() => aWave().from("KP").to("RU").sending(exact(5, unit)).during("2024-10").by(nis).build()).toThrow(/size.unit is money/);
  });

  it("is refused as an option of the arbitraries", () => {
    expect(() => arbBreakdown({ unit: "USD" })).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(() => arbWaves({ unit: "EUR" })).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });

  it.each(["person", "soldier", "shell", "person/day", "KIA", "POW", "IDP"])("is no concern for other units, three capitals that are no currency code among them: %s", (unit) => {
    expect(CasualtyBreakdownSchema.safeParse(breakdown(unit)).success).toBe(true);
    expect(DeploymentSchema.safeParse(wave(unit)).success).toBe(true);
    expect(deployment(wave(unit) as never).size.unit).toBe(unit);
  });
});

describe("a unit of measurement where people are counted", () => {
  it.each([
    ["km", "a unit of length"],
    ["t", "a unit of mass"],
    ["days", "a unit of time"],
  ])("is refused in a breakdown, by its schema and by the kit's arbitrary and builder: %s", (unit, kind) => {
    expect(() => aBreakdown().killed(approx(600, unit)).build()).toThrow(expect.objectContaining({ code: "invalid-breakdown", message: expect.stringContaining(`is ${kind}, but a breakdown counts people`) }));
    expect(CasualtyBreakdownSchema.safeParse(breakdown(unit)).error?.issues.map((i) => i.message)).toEqual([`unit ${unit} is ${kind}, but a breakdown counts people`]);
    expect(() => arbBreakdown({ unit })).toThrow(expect.objectContaining({ code: "invalid-option", message: expect.stringContaining(`is ${kind}, but what is drawn counts people`) }));
  });

  it.each([
    ["t", "a unit of mass"],
    ["km", "a unit of length"],
    ["%", "a share"],
    ["TIV", "a SIPRI trend-indicator value"],
  ])("is refused for a wave of a category of the vocabulary, which counts people: %s", (unit, kind) => {
    expect(() => deployment(wave(unit) as never)).toThrow(expect.objectContaining({ code: "invalid-deployment", message: expect.stringContaining(`size.unit is ${kind}, but a wave of troops counts people`) }));
    expect(DeploymentSchema.safeParse(wave(unit)).error?.issues.map((i) => i.message)).toEqual([expect.stringContaining(`unit ${unit} is ${kind}, but a wave of troops counts people`)]);
  });

  it("is no concern for a wave of a namespaced category, which may count tonnes of what was sent", () => {
    const shells = { ...wave("t"), category: "acme:shells" };
    expect(deployment(shells as never).size.unit).toBe("t");
    expect(DeploymentSchema.safeParse(shells).success).toBe(true);
  });
});
