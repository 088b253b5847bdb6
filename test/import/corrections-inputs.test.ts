// What importCorrections does with corrections and series that would state a wrong figure.
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { range } from "../../src/estimate/constructors.js";
import { importCorrections, importCumulativeSeries } from "../../src/import/index.js";
import type { CorrectionsOptions, SeriesOptions } from "../../src/import/index.js";
import { source } from "../../src/provenance/source.js";
import { asOf, revisionHistory } from "../../src/revision/index.js";
import { deepFreeze, thrown, thrownCode } from "../helpers.js";

const ua = source("ua-general-staff", "military", "General Staff", { country: "UA" });
const personnel: SeriesOptions = deepFreeze({
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  fields: [{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person" }],
});
const series: readonly Claim[] = deepFreeze(importCumulativeSeries([{ date: "2022-10-12", personnel: 10 }], personnel));
const options: CorrectionsOptions = deepFreeze({ ...personnel, series });
const ID = "ru-forces-in-ukraine:personnel:2022-10-12";

function messages(fn: () => unknown): string[] {
  const error = thrown(fn) as { code?: string; details?: { issues?: { message: string }[] } };
  return [error.code ?? "returned", ...(error.details?.issues ?? []).map((i) => i.message)];
}

describe("importCorrections never restates a count below zero", () => {
  it("refuses a correction that takes a figure of 10 to -15, naming the record, field and value", () => {
    const e = thrown(() => importCorrections([{ date: "2022-10-13", personnel: -25 }], options));
    expect(e.code).toBe("invalid-record");
    expect(e.message).toBe(
      `importCorrections: records[0].personnel: a correction of -25 on 2022-10-13 restates {"kind":"exact","value":10,"unit":"person"} (${ID}) below zero, to -15: a count is never negative`,
    );
  });

  it("refuses a range whose low end a correction takes below zero, and takes a figure down to 0", () => {
    const ranged = deepFreeze([{ ...(series[0] as Claim), estimate: range(5, 40, "person") }]);
    expect(thrown(() => importCorrections([{ date: "2022-10-13", personnel: -10 }], { ...options, series: ranged })).message).toContain(
      "below zero, to -5: a count is never negative",
    );
    expect(importCorrections([{ date: "2022-10-13", personnel: -10 }], options).at(-1)?.estimate).toEqual({ kind: "exact", value: 0, unit: "person" });
  });
});

describe("importCorrections refuses duplicate ids", () => {
  it("refuses two claims of the series with one id, naming both positions", () => {
    const e = thrown(() => importCorrections([{ date: "2022-10-13", personnel: 1 }], { ...options, series: [...series, ...series] }));
    expect(e).toMatchObject({ code: "duplicate-claim-id", message: `importCorrections: options.series[1].id repeats the id of options.series[0], got "${ID}"` });
  });

  it("refuses a restated claim whose id a claim of the series already has", () => {
    const other = { ...(series[0] as Claim), id: `${ID}:restated:2022-10-13`, indicator: { ...(series[0] as Claim).indicator, subject: "elsewhere" } };
    const e = thrown(() => importCorrections([{ date: "2022-10-13", personnel: 1 }], { ...options, series: [...series, other] }));
    expect(e).toMatchObject({
      code: "duplicate-claim-id",
      message: `importCorrections: records[0].personnel restates ${ID} as "${ID}:restated:2022-10-13", the id of options.series[1], got 1`,
    });
  });
});

describe("importCorrections reads one time written two ways as one", () => {
  it.each([
    ["a day and its last second", "2022-10-13", "2022-10-13T23:59:59"],
    ["a day and its last second in UTC", "2022-10-13", "2022-10-13T23:59:59Z"],
    ["a time with no offset and the same time in UTC", "2022-10-13T09:00:00", "2022-10-13T09:00:00Z"],
    ["one moment in two zones", "2022-10-13T06:00:00Z", "2022-10-13T09:00:00+03:00"],
    ["the end of a day written as the evening in New York", "2022-10-13", "2022-10-13T19:59:59-04:00"],
  ])("refuses %s as a repeated time, naming both rows", (_name, a, b) => {
    expect(messages(() => importCorrections([{ date: a, personnel: 1 }, { date: b, personnel: 1 }], options))).toEqual([
      "invalid-record",
      `records[1].date: "${b}" repeats the time of records[0].date "${a}" (a day without a time of day is its end)`,
    ]);
  });

  it("refuses a month that overlaps a day, which cannot be ordered", () => {
    expect(messages(() => importCorrections([{ date: "2022-10", personnel: 1 }, { date: "2022-10-13", personnel: 1 }], options))).toEqual([
      "invalid-record",
      'records[1].date: "2022-10-13" overlaps records[0].date "2022-10": which came first cannot be told',
    ]);
  });

  it("applies corrections of one day by their time, not by their order in the file", () => {
    const corrected = importCorrections(
      [
        { date: "2022-10-13T15:00:00", personnel: -2 },
        { date: "2022-10-13T09:00:00", personnel: 1 },
      ],
      options,
    );
    const history = revisionHistory(corrected)[0]!;
    const at = (known: string) => asOf(history, { valid: "2022-10-12", known })?.estimate;
    expect([at("2022-10-13T08:00:00"), at("2022-10-13T12:00:00"), at("2022-10-13T16:00:00")]).toMatchObject([{ value: 10 }, { value: 11 }, { value: 9 }]);
  });

  it("orders a correction dated by its day after one at a time of that day, as the knowledge clock knows them", () => {
    const corrected = importCorrections(
      [
        { date: "2022-10-13", personnel: 50 },
        { date: "2022-10-13T10:00:00Z", personnel: -2 },
      ],
      options,
    );
    const history = revisionHistory(corrected)[0]!;
    const at = (known: string) => asOf(history, { valid: "2022-10-12", known })?.estimate;
    expect([at("2022-10-13T09:00:00Z"), at("2022-10-13T11:00:00Z"), at("2022-10-14")]).toMatchObject([{ value: 10 }, { value: 8 }, { value: 58 }]);
  });

  it("restates the figure in force before the correction's day in UTC", () => {
    const days = importCumulativeSeries(
      ["2022-10-10", "2022-10-11", "2022-10-12", "2022-10-13"].map((date, i) => ({ date, personnel: 1000 + 100 * i })),
      personnel,
    );
    const restated = (date: string) => importCorrections([{ date, personnel: -10 }], { ...personnel, series: days }).at(-1);
    // 22:00 UTC on the 12th, however it is written: the figure in force before the 12th is the 11th's
    expect([restated("2022-10-12T22:00:00Z"), restated("2022-10-13T01:00:00+03:00")].map((c) => [c?.validTime, c?.estimate])).toEqual([
      ["2022-10-11", { kind: "exact", value: 1090, unit: "person" }],
      ["2022-10-11", { kind: "exact", value: 1090, unit: "person" }],
    ]);
    // 01:00 UTC on the 13th: the 12th's figure
    expect(restated("2022-10-12T20:00:00-05:00")?.validTime).toBe("2022-10-12");
  });

  it("orders corrections written in different zones by the moment they came out, in UTC", () => {
    // 01:00 in Kyiv on the 14th (UTC+3) came out at 22:00 UTC on the 13th, before 23:00 UTC
    const corrected = importCorrections(
      [
        { date: "2022-10-13T23:00:00Z", personnel: -2 },
        { date: "2022-10-14T01:00:00+03:00", personnel: 1 },
      ],
      options,
    );
    const history = revisionHistory(corrected)[0]!;
    const at = (known: string) => asOf(history, { valid: "2022-10-12", known })?.estimate;
    expect([at("2022-10-13T21:00:00Z"), at("2022-10-13T22:30:00Z"), at("2022-10-14T00:30:00+01:00")]).toMatchObject([{ value: 10 }, { value: 11 }, { value: 9 }]);
  });
});

describe("importCorrections refuses records and series it cannot read", () => {
  it.each([
    ["a delta that is NaN", [{ date: "2022-10-13", personnel: Number.NaN }], "records[0].personnel: expected a number, got NaN"],
    ["a delta that is Infinity", [{ date: "2022-10-13", personnel: Infinity }], "records[0].personnel: expected a number, got Infinity"],
    ["a delta that is -Infinity", [{ date: "2022-10-13", personnel: -Infinity }], "records[0].personnel: expected a number, got -Infinity"],
    // eslint-disable-next-line no-sparse-arrays
    ["a hole in a sparse array", [{ date: "2022-10-13", personnel: 1 }, , { date: "2022-10-14", personnel: 1 }], "records[1]: expected an object, got a hole in a sparse array of length 3"],
  ])("refuses %s", (_name, records, message) => {
    expect(messages(() => importCorrections(records, options))).toEqual(["invalid-record", message]);
  });

  it("refuses a hole in the series and in the fields", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holey = [series[0], , series[0]] as Claim[];
    expect(thrown(() => importCorrections([], { ...options, series: holey }))).toMatchObject({
      code: "invalid-claim",
      message: "importCorrections: options.series[1] must be a claim object, got undefined",
    });
    // eslint-disable-next-line no-sparse-arrays
    const fields = [personnel.fields[0], , personnel.fields[0]] as SeriesOptions["fields"];
    expect(thrownCode(() => importCorrections([], { ...options, fields }))).toBe("invalid-option");
  });

  it("matches the series' modality and aggregation, so a projected series can be corrected", () => {
    const projected = importCumulativeSeries([{ date: "2022-10-12", personnel: 10 }], { ...personnel, modality: "projected" });
    expect(importCorrections([{ date: "2022-10-13", personnel: 2 }], { ...personnel, modality: "projected", series: projected }).at(-1)?.estimate).toMatchObject({
      value: 12,
    });
  });
});
