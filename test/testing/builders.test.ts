// Test data that reads as a sentence: each builder makes what it says, checks
// it when built, and names itself and the field when a part is missing or wrong.
import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import { checkDataset } from "../../src/dataset/index.js";
import { deploymentTotal } from "../../src/deployment/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { approx, exact, formatEstimate, magnitude, range } from "../../src/index.js";
import { ClaimSchema, DatasetSchema, DeploymentSchema, LedgerEntrySchema } from "../../src/schemas.js";
import { aBreakdown, aClaim, aDataset, aLedgerEntry, aWave } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" } as const;

describe("aClaim", () => {
  it("builds the claim its sentence says, with defaults for what it leaves out", () => {
    expect(aClaim().by("NIS").saying(approx(4700, "person")).asOf("2025-04-30").build()).toEqual({
      id: "nis-casualties-2025-04-30",
      indicator: { subject: "forces", measure: "casualties", unit: "person" },
      estimate: { kind: "approx", value: 4700, unit: "person" },
      validTime: "2025-04-30",
      reportedAt: "2025-04-30",
      attribution: { originator: { id: "nis", kind: "other", name: "NIS" } },
      status: { kind: "normal" },
    });
  });

  it("takes every part of a claim", () => {
    const c = aClaim("nis-2025-03-wounded")
      .by(nis)
      .via("Lee Seong Kweun")
      .via({ kind: "channel", channel: "briefing", closed: true })
      .about("kp-forces-in-russia", "Kursk")
      .counting("casualties", ["killed", "wounded"])
      .saying(range(2000, 3000, "person"))
      .during("2025-01/2025-03")
      .aggregated("flow")
      .reportedAt("2025-04-30")
      .recordedAt("2025-05-01")
      .withModality("asserted")
      .preferred()
      .quoting("about 2,000 to 3,000 were wounded")
      .build();
    expect(ClaimSchema.safeParse(c).success).toBe(true);
    expect(c.attribution.relay).toEqual([{ kind: "intermediary", source: { id: "lee-seong-kweun", kind: "other", name: "Lee Seong Kweun" } }, { kind: "channel", channel: "briefing", closed: true }]);
    expect([c.indicator, c.status, c.reportedAt]).toEqual([{ subject: "kp-forces-in-russia", measure: "casualties", unit: "person", scope: "Kursk", includes: ["killed", "wounded"], aggregation: "flow" }, { kind: "preferred" }, "2025-04-30"]);
    const r = aClaim("yonhap").by("Yonhap").saying(approx(4700, "person")).asOf("2025-04-30").restating("nis").deprecated("misread", "nis-2").build();
    expect([r.restates, r.status]).toEqual(["nis", { kind: "deprecated", reason: "misread", supersededBy: "nis-2" }]);
  });

  it("gives a source named in either Unicode form one id", () => {
    const composed = aClaim().by("Governo de S\u00e3o Tom\u00e9").saying(approx(10, "person")).asOf("2025").build();
    const decomposed = aClaim().by("Governo de Sa\u0303o Tome\u0301").saying(approx(10, "person")).asOf("2025").build();
    expect(decomposed.attribution.originator.id).toBe("governo-de-s\u00e3o-tom\u00e9");
    expect(decomposed.id).toBe(composed.id);
    expect(decomposed.attribution.originator).toEqual(composed.attribution.originator);
    expect(revisionHistory([composed, { ...decomposed, id: "again", reportedAt: "2026-01-01" }])[0]?.claims).toHaveLength(2);
  });

  it("defaults report times and a dataset's date to the day in UTC of a date and time", () => {
    const c = aClaim("t").by("NIS").saying(approx(5, "person")).asOf("2025-01-31T23:00:00-05:00").build();
    expect(c.reportedAt).toBe("2025-02-01");
    const late = aClaim("late").by("NIS").saying(approx(2, "person")).asOf("2025-01-30").reportedAt("2025-01-31T22:00:00-05:00").build();
    const d = aDataset("d").withClaims(c, late).build();
    expect([d.metadata.date, checkDataset(d)]).toEqual(["2025-02-01", []]);
  });

  it("leaves the builder it is called on as it was", () => {
    const base = aClaim().by("NIS").asOf("2025-04-30");
    const a = base.saying(approx(600, "person")).counting("killed").build();
    const b = base.saying(approx(4700, "person")).build();
    expect([a.id, a.estimate.kind === "approx" && a.estimate.value, b.id]).toEqual(["nis-killed-2025-04-30", 600, "nis-casualties-2025-04-30"]);
  });

  it("names the builder and the field of a missing or bad part", () => {
    expect(thrown(() => aClaim().saying(approx(1, "person")).asOf("2025").build())).toMatchObject({ code: "invalid-claim", message: "aClaim.build: attribution.originator is missing: give it with .by(source)" });
    expect(thrown(() => aClaim().by("NIS").asOf("2025").build())).toMatchObject({ code: "invalid-claim", message: "aClaim.build: estimate is missing: give it with .saying(estimate)" });
    expect(thrown(() => aClaim().by("NIS").saying(approx(1, "person")).build()).message).toBe("aClaim.build: validTime is missing: give it with .asOf(time) or .during(time)");
    expect(thrown(() => aClaim().by("NIS").saying(approx(1, "person")).during("2025-01/..").build()).message).toContain("aClaim.build: reportedAt is missing");
    expect(thrown(() => aClaim().by("NIS").saying(approx(1, "person")).asOf("2025").restating("nis-casualties-2025").build())).toMatchObject({ code: "invalid-claim", message: expect.stringMatching(/^aClaim\.build: restates must be the id of another claim/) });
    expect(thrown(() => aClaim().saying({ kind: "exact", value: "5", unit: "person" } as never))).toMatchObject({ code: "invalid-argument", message: 'aClaim.saying: estimate is not an estimate, got {"kind":"exact","value":"5","unit":"person"}' });
    expect(thrown(() => aClaim().asOf("1 May 2025")).message).toMatch(/^aClaim\.asOf: validTime must be an EDTF date or interval/);
    expect(thrown(() => aClaim().counting("killed", ["killed"])).message).toBe('aClaim.counting: includes is for the casualties measure only, not killed, got ["killed"]');
    expect(thrown(() => aClaim().by({ id: "x", kind: "spy", name: "X" } as never)).message).toMatch(/^aClaim\.by: originator\.kind must be one of/);
    expect(thrown(() => aClaim().via({ kind: "channel", channel: "rumour" } as never)).message).toMatch(/^aClaim\.via: step\.channel must be one of/);
    expect(thrown(() => aClaim("has space"))).toMatchObject({ code: "invalid-argument", message: 'aClaim: id must be an id: non-empty text without whitespace, got "has space"' });
    expect(thrown(() => aClaim().withModality("rumoured" as never)).message).toMatch(/^aClaim\.withModality: modality must be one of asserted, planned/);
  });
});

describe("aBreakdown", () => {
  it("builds a breakdown, a figure left out not reported", () => {
    const b = aBreakdown().killed(approx(600, "person")).total(approx(4700, "person")).including("killed", "wounded").build();
    expect(b).toEqual({ killed: approx(600, "person"), wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: approx(4700, "person"), includes: ["killed", "wounded"] });
    expect(formatEstimate(reconcileCasualties(b).breakdown.wounded as never)).toBe("about 4,100");
  });

  it("keeps a claim given for a figure as its source, and a state for one", () => {
    const killed = aClaim().by(nis).counting("killed").saying(approx(600, "person")).asOf("2025-04-30").build();
    const b = aBreakdown().killed(killed).missing("unknown").captured("none-observed").build();
    expect([b.killed, b.claims?.killed?.id, b.missing, b.captured]).toEqual([approx(600, "person"), "kr-nis-killed-2025-04-30", "unknown", "none-observed"]);
  });

  it("names the builder and the field of a bad part", () => {
    expect(thrown(() => aBreakdown().killed(exact(1, "person")).wounded(exact(2, "soldier")).build())).toMatchObject({ code: "invalid-breakdown", message: expect.stringMatching(/^aBreakdown\.build: breakdown\.wounded\.unit differs/) });
    expect(thrown(() => aBreakdown().killed(aClaim().by(nis).counting("wounded").saying(exact(1, "person")).asOf("2025").build()).build()).message).toMatch(/^aBreakdown\.build: breakdown\.claims\.killed\.indicator\.measure must be killed/);
    expect(thrown(() => aBreakdown().killed("unknowable" as never))).toMatchObject({ code: "invalid-argument", message: 'aBreakdown.killed: figure must be one of unknown, not-reported, none-observed, got "unknowable"' });
    expect(thrown(() => aBreakdown().including("killed", "killed")).message).toMatch(/^aBreakdown\.including: parts must list distinct parts/);
  });
});

describe("aWave", () => {
  it("builds waves that add up", () => {
    const autumn = aWave().sending(range(10_000, 12_000, "person")).from("KP").to("RU").during("2024-23").by(nis).build();
    const more = aWave().sending(approx(3000, "person")).from("KP").to("RU").during("2025-01/2025-04").adding(autumn.id).by(nis).build();
    expect([autumn.id, more.id, more.adds, more.reportedAt]).toEqual(["kp-ru-troops-2024-23", "kp-ru-troops-2025-01/2025-04", "kp-ru-troops-2024-23", "2025-04-30"]);
    expect([autumn, more].every((w) => DeploymentSchema.safeParse(w).success)).toBe(true);
    expect(formatEstimate(deploymentTotal([autumn, more], { asOf: "2025-04-30" }).estimate)).toBe("about 13,000–15,000");
    const rotation = aWave("rot").sending(exact(5000, "person"), "laborers").from("KP").to("RU").during("2025-06").replacing("a", "b").withModality("planned").readFrom("c1").by("NIS").build();
    expect([rotation.category, rotation.replaces, rotation.modality, rotation.claim]).toEqual(["laborers", ["a", "b"], "planned", "c1"]);
  });

  it("names the builder and the field of a missing or bad part", () => {
    expect(thrown(() => aWave().from("KP").to("RU").during("2025").by(nis).build())).toMatchObject({ code: "invalid-deployment", message: "aWave.build: size is missing: give it with .sending(size)" });
    expect(thrown(() => aWave("w").sending(exact(1, "person")).from("KP").to("RU").during("2025").by(nis).adding("w").build())).toMatchObject({ code: "invalid-deployment", message: 'aWave.build: adds must be the id of another wave, got "w"' });
    expect(thrown(() => aWave("w").sending(exact(1, "person")).from("KP").to("KP").during("2025").by(nis).build())).toMatchObject({
      code: "invalid-deployment",
      message: 'aWave.build: to must be another country than from (a wave is sent from one country to another), got "KP"',
    });
    expect(thrown(() => aWave().from("North Korea")).message).toBe('aWave.from: country must be an ISO 3166-1 alpha-2 code: two uppercase letters, got "North Korea"');
    expect(thrown(() => aWave().sending(exact(1, "person"), "Troops" as never)).message).toMatch(/^aWave\.sending: category is neither/);
    expect(thrown(() => aWave().replacing()).message).toBe("aWave.replacing: waveIds must name at least one id, got []");
  });
});

describe("aLedgerEntry", () => {
  it("builds entries in money, in SIPRI TIV, and of what was not observed", () => {
    const missiles = aLedgerEntry().from("RU").to("KP").sending("air-defence missiles", "weapon-systems").worth(magnitude("billions", "unknown")).during("../2025-04-30").by(nis).build();
    const tiv = aLedgerEntry("tiv").from("RU").to("KP").sending("S-400", "weapon-systems").quantity(exact(2, "battery")).worth(exact(250, "SIPRI-TIV-million"), { reference: "SIPRI TIV" }).atStage("ordered").withEvidence("alleged").restingOn("c1", "c2").quoting("two batteries").during("2024").by(nis).build();
    const cash = aLedgerEntry().from("RU").to("KP").sending("cash payments", "cash").noneObserved().during("../2025-04-30").by(nis).build();
    expect([missiles.id, missiles.value?.basis, missiles.stage, missiles.evidence]).toEqual(["ru-kp-air-defence-missiles", "stated", "delivered", "reported"]);
    expect([tiv.value, tiv.stage, tiv.evidence, tiv.claims]).toEqual([{ estimate: exact(250, "SIPRI-TIV-million"), basis: "index", reference: "SIPRI TIV" }, "ordered", "alleged", ["c1", "c2"]]);
    expect(cash.evidence).toBe("none-observed");
    expect([missiles, tiv, cash].every((e) => LedgerEntrySchema.safeParse(e).success && Object.isFrozen(e))).toBe(true);
  });

  it("names the builder and the field of a missing or bad part", () => {
    expect(thrown(() => aLedgerEntry().from("RU").to("KP").during("2024").by(nis).build())).toMatchObject({ code: "invalid-ledger", message: "aLedgerEntry.build: item is missing: give it with .sending(item, category)" });
    expect(thrown(() => aLedgerEntry().from("RU").to("RU").sending("x", "cash").during("2024").by(nis).build()).message).toMatch(/^aLedgerEntry\.build: entry\.to must be the other party/);
    expect(thrown(() => aLedgerEntry().worth(exact(1, "USD"), { basis: "index" }).from("RU").to("KP").sending("x", "cash").during("2024").by(nis).build()).message).toMatch(/^aLedgerEntry\.build: entry\.value\.estimate\.unit must not be a currency code/);
    expect(thrown(() => aLedgerEntry().worth(exact(1, "USD"), { base: "stated" } as never))).toMatchObject({ code: "invalid-option", message: expect.stringMatching(/^aLedgerEntry\.worth: options\.base is not an option/) });
    expect(thrown(() => aLedgerEntry().atStage("shipped" as never)).message).toMatch(/^aLedgerEntry\.atStage: stage must be one of announced/);
  });
});

describe("aDataset", () => {
  const jan = aClaim("jan").by(nis).counting("killed").saying(approx(300, "person")).asOf("2025-01").build();
  const apr = aClaim("apr").by(nis).counting("killed").saying(approx(600, "person")).asOf("2025-04-30").build();
  const autumn = aClaim("autumn").by(nis).counting("deployed").saying(range(10_000, 12_000, "person")).asOf("2024-23").build();

  it("builds a dataset of its claims and parts, dated by the last report", () => {
    const d = aDataset("NIS briefings")
      .withClaims(jan, apr, autumn)
      .withParties({ code: "KP", name: "North Korea" }, { code: "RU", name: "Russia" })
      .withBreakdown("kp-2025-04", aBreakdown().killed(apr).build(), "kp")
      // a wave states the figure of the claim it is read from (claim-figure-mismatch otherwise)
      .withWaves(aWave().sending(range(10_000, 12_000, "person")).from("KP").to("RU").during("2024-23").by(nis).readFrom("autumn").build())
      .withLedger("kp-ru", { parties: [{ code: "KP", name: "North Korea" }, { code: "RU", name: "Russia" }], entries: [aLedgerEntry().from("RU").to("KP").sending("cash payments", "cash").noneObserved().during("../2025-04-30").by(nis).restingOn("apr").build()] })
      .build();
    expect(d.metadata).toEqual({ title: "NIS briefings", licence: "CC0-1.0", maintainer: "Test suite", date: "2025-04-30" });
    expect(DatasetSchema.safeParse(d).success).toBe(true);
    expect(checkDataset(d)).toEqual([]);
    expect([d.sources.map((s) => s.id), d.casualtyBreakdowns[0]?.claims, d.ledgers[0]?.parties]).toEqual([["kr-nis"], { killed: "apr" }, ["kp", "ru"]]);
    expect(aDataset().titled("t").licensed("MIT").maintainedBy("me").dated("2025-06-01").build().metadata).toEqual({ title: "t", licence: "MIT", maintainer: "me", date: "2025-06-01" });
  });

  it("names the builder and the part that is wrong", () => {
    expect(thrown(() => aDataset().build())).toMatchObject({ code: "invalid-argument", message: expect.stringMatching(/^aDataset\.build: metadata\.date is missing/) });
    expect(thrown(() => aDataset().withClaims(apr, apr).build())).toMatchObject({ code: "duplicate-claim-id", message: 'aDataset.build: claims[1] has the id "apr" of claims[0]' });
    expect(thrown(() => aDataset().withClaims(aClaim().by(nis).saying(exact(1, "person")).asOf("2025").restating("nowhere").build()).build()).message).toMatch(/^aDataset\.build: claims\[0\]\.restates names the claim "nowhere"/);
    expect(thrown(() => aDataset().dated("30 April 2025")).message).toBe('aDataset.dated: date must be an ISO calendar date YYYY-MM-DD, got "30 April 2025"');
    expect(thrown(() => aDataset().withClaims(null as never)).message).toBe("aDataset.withClaims: claims[0] must be an object, got null");
  });
});

describe("the builders' other parts", () => {
  it("take an intermediary whole, a wave's id and report time, and an entry's id", () => {
    const c = aClaim().by(nis).via({ kind: "intermediary", source: nis, date: "2025-04-30" }).saying(exact(1, "person")).asOf("2025").build();
    expect(c.attribution.relay).toEqual([{ kind: "intermediary", source: nis, date: "2025-04-30" }]);
    expect(aClaim().withId("c9").by(nis).saying(exact(1, "person")).asOf("2025").build().id).toBe("c9");
    const w = aWave().withId("w1").sending(exact(1, "person")).from("KP").to("RU").during("2025-01/..").reportedAt("2025-05-01").by(nis).build();
    expect([w.id, w.reportedAt]).toEqual(["w1", "2025-05-01"]);
    expect(thrown(() => aWave().sending(exact(1, "person")).from("KP").to("RU").during("2025-01/..").by(nis).build()).message).toContain("aWave.build: reportedAt is missing");
    expect(aLedgerEntry().withId("e1").from("RU").to("KP").sending("x", "cash").during("2024").by(nis).build().id).toBe("e1");
    expect(thrown(() => aLedgerEntry().from("RU").to("KP").sending("x", "cash").during("2024").build())).toMatchObject({ code: "invalid-ledger", message: "aLedgerEntry.build: attribution.originator is missing: give it with .by(source)" });
    expect(thrown(() => aClaim().counting("casualties", ["dead" as never])).message).toMatch(/^aClaim\.counting: includes must list distinct parts/);
    expect(thrown(() => aClaim().via({ kind: "intermediary", source: nis, date: "spring" })).message).toMatch(/^aClaim\.via: step\.date must be an EDTF date or interval/);
  });
});
