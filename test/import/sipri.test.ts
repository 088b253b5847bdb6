// The SIPRI trade-register reader, on small exports written like the real one:
// a preamble, Latin-1 bytes, "?" columns, empty numbers, "; "-separated years,
// TIV columns, and a record cut in two by a line break in its comment.
import { describe, expect, it } from "vitest";

import { importSipriTradeRegister, SIPRI_TIV_UNIT } from "../../src/import/index.js";
import type { SipriOptions } from "../../src/import/index.js";
import { balance, flows } from "../../src/ledger/index.js";
import { LedgerSchema } from "../../src/ledger/schema.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";

const PREAMBLE = [
  "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for the year range 'Not specified' to 'Not specified' ",
  "A '?' in a column indicates uncertain data. The 'Number delivered' and the 'Year(s) of deliveries' refer only to deliveries in the selected year(s).",
  "An empty field for 'Number ordered' indicates that data is not yet available.",
  "SIPRI trend-indicator values (TIVs) are in millions.",
  "An empty field for 'SIPRI TIV for total order' indicates that data (on the number ordered and/or the TIV per unit) is not available.",
  "A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV; and an empty field indicates that no deliveries have been identified.",
  "Figures may not add up to stated totals due to the conventions of rounding.",
  "For the method used for the SIPRI TIV and explanations of the conventions; abbreviations and acronyms see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.",
  "",
  "Source: SIPRI Arms Transfers Database (c) SIPRI.",
  "Data generated: 13 Mar 2025 10:02:49 AM",
];
const HEADER =
  "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons";
const ROWS = [
  "Russia,North Korea,2023,?,,,Hwasong-11,surface-to-surface missile,100,,2023; 2024,New,,2.5,0,250",
  "Russia,North Korea,2024,,10,?,M-1978 170mm,self-propelled gun,10,,2024,Second hand,,0.5,5,5",
  "North Korea,Russia,1990,?,40,?,R-60,short-range air-to-air missile,40?,,1992,New,,0.09,3.6,3.6".replace("40?,,", "40,?,"),
  "North Korea,Russia,2024,,12,,Bü-181 Bestmann,trainer aircraft,0,,,New,Comment cut by a line break\r",
  ",0.14,1.68,",
  "North Korea,Russia,2024,,,,Pantsir-S1,SAM system,2,,,New,,15,0,0",
  "Iran,Russia,2023,?,24,?,Su-35S,FGA aircraft,0,,,New,Su-35E version,60,1440,0",
  "Iran,Russia,2022,?,24,?,Yak-130,trainer/combat aircraft,6,,2023; 2024,New,,10.5,252,63",
];
const text = (rows = ROWS, preamble = PREAMBLE): string => [...preamble, HEADER, ...rows, ""].join("\n");
/** The text as ISO-8859-1 bytes, as SIPRI exports it. */
const latin1 = (t: string): Uint8Array => Uint8Array.from(t, (c) => c.charCodeAt(0));
const KP_RU: SipriOptions = deepFreeze({ parties: [{ code: "KP", name: "North Korea" }, { code: "RU", name: "Russia" }] });

describe("importSipriTradeRegister", () => {
  const l = importSipriTradeRegister(latin1(text()), KP_RU);

  it("reads every row between the parties, both ways, as orders and deliveries", () => {
    expect(LedgerSchema.parse(l)).toEqual(l);
    expect(l.entries.map((e) => e.id)).toEqual([
      "sipri:KP-RU:2023:hwasong-11:ordered",
      "sipri:KP-RU:2023:hwasong-11:delivered",
      "sipri:KP-RU:2024:m-1978-170mm:ordered",
      "sipri:KP-RU:2024:m-1978-170mm:delivered",
      "sipri:RU-KP:1990:r-60:ordered",
      "sipri:RU-KP:1990:r-60:delivered",
      "sipri:RU-KP:2024:b-181-bestmann:ordered",
      "sipri:RU-KP:2024:pantsir-s1:ordered",
      "sipri:RU-KP:2024:pantsir-s1:delivered",
    ]);
  });

  it("reads a '?' as approximate, and an empty number as unknown, never zero", () => {
    const [order, delivery] = flows(l, { from: "KP" });
    expect(order).toMatchObject({ item: "Hwasong-11 (surface-to-surface missile)", stage: "ordered", period: "2023?" });
    // no number ordered: no quantity, and the "0" the register writes for its total is not a value
    expect(order?.quantity).toBeUndefined();
    expect(order?.value).toBeUndefined();
    expect(delivery).toMatchObject({ stage: "delivered", period: "2023/2024", quantity: { kind: "exact", value: 100, unit: "surface-to-surface missile" } });
    expect(delivery?.value).toEqual({ estimate: { kind: "exact", value: 250, unit: SIPRI_TIV_UNIT, text: "250" }, basis: "index", reference: "SIPRI TIV" });
    const gun = flows(l, { from: "KP", stage: "ordered" })[1];
    expect(gun).toMatchObject({ item: "M-1978 170mm (self-propelled gun), second-hand", quantity: { kind: "approx", value: 10, text: "10?" }, value: { estimate: { kind: "approx", value: 5 } } });
    const r60 = flows(l, { from: "RU", stage: "delivered" })[0];
    expect(r60?.quantity).toEqual({ kind: "approx", value: 40, unit: "short-range air-to-air missile", text: "40?" });
  });

  it("reads a TIV of 0 as below 0.5 million, as the register says, and no delivery where none was made", () => {
    const pantsir = flows(l, { from: "RU", stage: "delivered" })[1];
    expect(pantsir).toMatchObject({ quantity: { kind: "exact", value: 2 }, period: "2024/.." });
    expect(pantsir?.value?.estimate).toEqual({ kind: "atMost", value: 0.5, strict: true, unit: SIPRI_TIV_UNIT, text: "0" });
    expect(l.entries.some((e) => e.id === "sipri:RU-KP:2024:b-181-bestmann:delivered")).toBe(false);
  });

  it("reads a 0 for an order's total TIV as unknown: the register's 'below 0.5 million' is for delivered weapons only", () => {
    const chinook = ["United States,United Kingdom,2021,,14,,MH-47G Chinook,transport helicopter,0,,,New,,0,0,0"];
    const ordered = flows(importSipriTradeRegister(text(chinook), { parties: [{ code: "GB", name: "United Kingdom" }, { code: "US", name: "United States" }] }), { stage: "ordered" })[0];
    expect(ordered?.quantity).toMatchObject({ kind: "exact", value: 14 });
    expect(ordered?.value).toBeUndefined();
  });

  it("decodes Latin-1 and joins a record cut by a line break in its comment", () => {
    const trainer = l.entries.find((e) => e.id === "sipri:RU-KP:2024:b-181-bestmann:ordered");
    expect(trainer).toMatchObject({ item: "Bü-181 Bestmann (trainer aircraft)", text: "Comment cut by a line break", quantity: { kind: "exact", value: 12 } });
    expect(trainer?.value?.estimate).toEqual({ kind: "exact", value: 1.68, unit: SIPRI_TIV_UNIT, text: "1.68" });
  });

  it("says SIPRI states the figures, in the register of the day the preamble names", () => {
    expect(l.entries[0]?.attribution).toEqual({
      originator: { id: "sipri", kind: "ngo", name: "Stockholm International Peace Research Institute (SIPRI)", country: "SE" },
      publications: [{ outlet: "SIPRI Arms Transfers Database", title: "Trade register", date: "2025-03-13" }],
    });
    const mine = importSipriTradeRegister(text(), { ...KP_RU, attribution: { originator: { id: "me", kind: "other", name: "Me" } }, idPrefix: "reg" });
    expect([mine.entries[0]?.id, mine.entries[0]?.attribution.originator.id]).toEqual(["reg:KP-RU:2023:hwasong-11:ordered", "me"]);
  });

  it("decodes bytes as ISO-8859-1, each byte its own code point, 0x80–0x9F included (not windows-1252)", () => {
    const bytes = latin1(text());
    const umlaut = bytes.findIndex((b, i) => b === 0xfc && bytes[i - 1] === 0x42); // the ü of "Bü-181"
    bytes[umlaut] = 0x96; // "–" in windows-1252, a control character in ISO-8859-1
    const read = importSipriTradeRegister(bytes, KP_RU).entries.find((e) => e.id.startsWith("sipri:RU-KP:2024:b"));
    expect(read?.item).toBe("B\u0096-181 Bestmann (trainer aircraft)");
  });

  it("reads text as it is, UTF-8 bytes when told, and tells rows of one year and designation apart", () => {
    const utf8 = importSipriTradeRegister(new TextEncoder().encode(text()), { ...KP_RU, encoding: "utf-8" });
    expect(utf8).toEqual(l);
    const twice = importSipriTradeRegister(text([ROWS[1] as string, ROWS[1] as string]), KP_RU);
    expect(twice.entries.map((e) => e.id)).toEqual(["sipri:KP-RU:2024:m-1978-170mm:ordered", "sipri:KP-RU:2024:m-1978-170mm:delivered", "sipri:KP-RU:2024:m-1978-170mm~2:ordered", "sipri:KP-RU:2024:m-1978-170mm~2:delivered"]);
  });

  it("keeps TIV apart from money in the balance, with the unknowns counted", () => {
    const [line] = balance(l, { stage: "delivered" }).directions[0].lines;
    expect(line?.money).toEqual([]);
    expect(line?.indices).toEqual([{ unit: SIPRI_TIV_UNIT, entries: 2, total: { kind: "exact", value: 255, unit: SIPRI_TIV_UNIT } }]);
    expect(balance(l, { stage: "ordered" }).directions[0].lines[0]?.unknown).toEqual({ quantity: 1, value: 1, currency: 0 });
  });

  it("does not read the rows of other parties", () => {
    const iran = importSipriTradeRegister(text([...ROWS, "Chad,Libya,19x9,,,,A,b,c,,,New,,x,y,z"]), { parties: [{ code: "IR", name: "Iran" }, { code: "RU", name: "Russia" }] });
    expect(iran.entries.map((e) => e.id)).toEqual(["sipri:RU-IR:2023:su-35s:ordered", "sipri:RU-IR:2022:yak-130:ordered", "sipri:RU-IR:2022:yak-130:delivered"]);
  });
});

describe("importSipriTradeRegister refuses what it cannot read", () => {
  const issues = (fn: () => unknown): string[] => {
    try {
      fn();
      return [];
    } catch (e) {
      return ((e as { details?: { issues?: { message: string }[] } }).details?.issues ?? []).map((i) => i.message);
    }
  };

  it("refuses a field of a row between the parties, naming line and column", () => {
    const bad = [...ROWS.slice(0, 2), "Russia,North Korea,2o24,,ten,x,M-1978 170mm,self-propelled gun,10,,2024;2025,New,,0.5,5,5.x"];
    expectFogcountError(() => importSipriTradeRegister(text(bad), KP_RU), "invalid-record", /^importSipriTradeRegister: line 15, Year of order: expected a year, got "2o24" \(and 4 more\)$/);
    expect(issues(() => importSipriTradeRegister(text(bad), KP_RU))).toEqual([
      'line 15, Year of order: expected a year, got "2o24"',
      'line 15, the "?" column after Number ordered: expected "?" or nothing, got "x"',
      'line 15, Number ordered: expected a whole number of at most 15 digits, or nothing, got "ten"',
      'line 15, Year(s) of delivery: expected years separated by "; " or nothing, got "2024;2025"',
      'line 15, SIPRI TIV of delivered weapons: expected a number of at most 15 whole digits, or nothing, got "5.x"',
    ]);
  });

  it("refuses a number no double holds as written, rather than read another number", () => {
    const huge = [...ROWS.slice(0, 2), "Russia,North Korea,2024,,10,,M-1978 170mm,self-propelled gun,99999999999999999999999,,2024,New,,0.5,5,5"];
    expect(issues(() => importSipriTradeRegister(text(huge), KP_RU))).toEqual([
      'line 15, Number delivered: expected a whole number of at most 15 digits, or nothing, got "99999999999999999999999"',
    ]);
  });

  it("refuses a record whose fields cannot be counted right, and a file that is no trade register", () => {
    expectFogcountError(() => importSipriTradeRegister(text([...ROWS, "Russia,North Korea,2024"]), KP_RU), "invalid-record", /line 21: expected 16 fields, got 3/);
    expectFogcountError(() => importSipriTradeRegister("a,b\n1,2\n", KP_RU), "invalid-record", /no "Recipient,Supplier,…" row/);
    expectFogcountError(() => importSipriTradeRegister(text().replace("Weapon description", "Description"), KP_RU), "invalid-record", /line 12, column 8: the header must be the trade-register layout/);
    expectFogcountError(() => importSipriTradeRegister(text([...ROWS, 'Russia,North Korea,"2024']), KP_RU), "invalid-record", /Quote Not Closed/);
  });

  it("refuses input that is neither text nor bytes, or text decoded with the wrong encoding", () => {
    expectFogcountError(() => importSipriTradeRegister(42 as never, KP_RU), "invalid-argument", /csv must be the file's text or its bytes/);
    expectFogcountError(() => importSipriTradeRegister(text().replace("Bü", "B\uFFFD"), KP_RU), "invalid-argument", /U\+FFFD replacement characters/);
    expectFogcountError(() => importSipriTradeRegister(latin1(text()), { ...KP_RU, encoding: "utf-8" }), "invalid-argument", /is not UTF-8/);
  });

  it("refuses options it does not take or cannot use", () => {
    const t = text();
    expectFogcountError(() => importSipriTradeRegister(t, undefined as never), "invalid-option", /options must be an object/);
    expectFogcountError(() => importSipriTradeRegister(t, { ...KP_RU, encodng: "utf-8" } as never), "invalid-option", /options\.encodng is not an option/);
    expectFogcountError(() => importSipriTradeRegister(t, { parties: [KP_RU.parties[0]] } as never), "invalid-option", /options\.parties must be two parties/);
    expectFogcountError(() => importSipriTradeRegister(t, { parties: [KP_RU.parties[0], KP_RU.parties[0]] }), "invalid-option", /parties\[1\]\.code must differ/);
    expectFogcountError(() => importSipriTradeRegister(t, { parties: [{ code: "North Korea", name: "KP" }, KP_RU.parties[1]] }), "invalid-option", /options\.parties\[0\]\.code must be an ISO 3166-1 alpha-2 code/);
    expectFogcountError(() => importSipriTradeRegister(t, { parties: [{ code: "KP", name: "DPRK" }, KP_RU.parties[1]] }), "invalid-option", /options\.parties\[0\]\.name is neither a recipient nor a supplier in the register/);
    expectFogcountError(() => importSipriTradeRegister(t, { ...KP_RU, encoding: "cp1252" as never }), "invalid-option", /options\.encoding must be one of "latin1", "utf-8"/);
    expectFogcountError(() => importSipriTradeRegister(t, { ...KP_RU, idPrefix: "my register" }), "invalid-option", /options\.idPrefix/);
    expectFogcountError(() => importSipriTradeRegister(t, { ...KP_RU, attribution: { originator: null } as never }), "invalid-option", /options\.attribution\.originator/);
  });
});

describe("a row with more delivered than ordered", () => {
  it("is refused, named by line and column, when both counts are exact", () => {
    const more = [...ROWS.slice(0, 1), "Russia,North Korea,2024,,10,,M-1978 170mm,self-propelled gun,12,,2024,Second hand,,0.5,5,6"];
    expectFogcountError(
      () => importSipriTradeRegister(text(more), KP_RU),
      "invalid-record",
      /^importSipriTradeRegister: line 14, Number delivered: 12 delivered is more than the 10 ordered \(neither marked "\?"\)$/,
    );
  });

  it("is read when either count is marked '?', or the number ordered is unknown", () => {
    const ordered = importSipriTradeRegister(text([...ROWS.slice(0, 1), "Russia,North Korea,2024,,10,?,M-1978 170mm,self-propelled gun,12,,2024,Second hand,,0.5,5,6"]), KP_RU);
    const delivered = importSipriTradeRegister(text([...ROWS.slice(0, 1), "Russia,North Korea,2024,,10,,M-1978 170mm,self-propelled gun,12,?,2024,Second hand,,0.5,5,6"]), KP_RU);
    const unknown = importSipriTradeRegister(text([...ROWS.slice(0, 1), "Russia,North Korea,2024,,,,M-1978 170mm,self-propelled gun,12,,2024,Second hand,,0.5,5,6"]), KP_RU);
    for (const l of [ordered, delivered, unknown]) expect(flows(l, { stage: "delivered" }).map((e) => (e.quantity as { value?: number } | undefined)?.value)).toEqual([100, 12]);
  });
});
