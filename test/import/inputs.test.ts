// What the importers do with records and options they cannot trust.
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { importCorrections, importCumulativeSeries } from "../../src/import/index.js";
import type { CorrectionsOptions, SeriesOptions } from "../../src/import/index.js";
import { source } from "../../src/provenance/source.js";
import { deepFreeze, thrown, thrownCode } from "../helpers.js";

const ua = source("ua-general-staff", "military", "General Staff", { country: "UA" });
const personnel: SeriesOptions = deepFreeze({
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  fields: [{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person" }],
});

function issues(fn: () => unknown): { code?: string | undefined; messages: string[] } {
  try {
    fn();
    return { messages: [] };
  } catch (e) {
    const error = e as { code?: string; details?: { issues?: { message: string }[] } };
    return { code: error.code, messages: (error.details?.issues ?? []).map((i) => i.message) };
  }
}

describe("importCumulativeSeries refuses records it cannot read", () => {
  it("refuses a negative count instead of stating exact -5", () => {
    const found = issues(() => importCumulativeSeries([{ date: "2022-02-25", personnel: -5 }], personnel));
    expect(found).toEqual({
      code: "invalid-record",
      messages: ["records[0].personnel: expected a count, not a negative number, got -5"],
    });
  });

  it("reads 2022-02-25 and 2022-02-25T00:00:00 as one day, repeated", () => {
    const found = issues(() =>
      importCumulativeSeries(
        [
          { date: "2022-02-25", personnel: 2800 },
          { date: "2022-02-25T00:00:00", personnel: 2900 },
        ],
        personnel,
      ),
    );
    expect(found).toEqual({
      code: "invalid-record",
      messages: ['records[1].date: "2022-02-25T00:00:00" repeats the day of records[0].date "2022-02-25"'],
    });
  });

  it.each(["2022-02-25T00:00:00Z", "2022-02-25T09:00:00+03:00", "2022-02-24T23:00:00-05:00", "2022-02-25/2022-02-25"])(
    "reads %s as the day 2022-02-25 in UTC, repeated",
    (date) => {
      const found = issues(() => importCumulativeSeries([{ date: "2022-02-25", personnel: 1 }, { date, personnel: 2 }], personnel));
      expect(found).toEqual({ code: "invalid-record", messages: [`records[1].date: "${date}" repeats the day of records[0].date "2022-02-25"`] });
    },
  );

  it("reads a date and time on its day in UTC: 01:00 in Kyiv on the 25th is the 24th", () => {
    const claims = importCumulativeSeries([{ date: "2022-02-25T01:00:00+03:00", personnel: 1 }, { date: "2022-02-25T20:00:00Z", personnel: 2 }], personnel);
    expect(claims).toHaveLength(2);
  });

  it.each([
    [Number.NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
  ])("refuses a value of %s", (value, shown) => {
    expect(issues(() => importCumulativeSeries([{ date: "2022-02-25", personnel: value }], personnel))).toEqual({
      code: "invalid-record",
      messages: [`records[0].personnel: expected a number, got ${shown}`],
    });
  });

  it("refuses a negative count with a hedge marker", () => {
    const hedged = { ...personnel, fields: [{ ...personnel.fields[0]!, hedgeField: "personnel*" }] };
    expect(issues(() => importCumulativeSeries([{ date: "2022-02-25", personnel: -5, "personnel*": "about" }], hedged)).messages).toEqual([
      "records[0].personnel: expected a count, not a negative number, got -5",
    ]);
  });

  it("refuses a hole in a sparse array instead of skipping it", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holey = [{ date: "2022-02-25", personnel: 1 }, , { date: "2022-02-27", personnel: 3 }];
    expect(issues(() => importCumulativeSeries(holey, personnel))).toEqual({
      code: "invalid-record",
      messages: ["records[1]: expected an object, got a hole in a sparse array of length 3"],
    });
  });

  it("finds a hole in a sparse array of billions at once, and stops reading after a hundred problems", () => {
    const huge: unknown[] = [{ date: "2022-02-25", personnel: 1 }];
    huge.length = 2 ** 32 - 1;
    expect(issues(() => importCumulativeSeries(huge as never, personnel)).messages).toEqual([
      "records[1]: expected an object, got a hole in a sparse array of length 4294967295",
    ]);
    const bad = new Array(100_000).fill(5);
    const e = thrown(() => importCumulativeSeries(bad, personnel));
    expect((e as { details: { count: number } }).details.count).toBe(100);
  });

  it("prints a BigInt value without throwing", () => {
    expect(issues(() => importCumulativeSeries([{ date: "2022-02-25", personnel: 5n }], personnel)).messages).toEqual([
      "records[0].personnel: expected a number, got 5n",
    ]);
  });
});

describe("the importers refuse options outside their domain", () => {
  const series: Claim[] = importCumulativeSeries([{ date: "2022-10-12", personnel: 10 }], personnel);
  const corrections: CorrectionsOptions = { ...personnel, series };

  it.each([
    ["no options", undefined],
    ["null options", null],
    ["an attribution without an originator", { ...personnel, attribution: {} }],
    ["a field that is not an object", { ...personnel, fields: ["personnel"] }],
    ["a field without a name", { ...personnel, fields: [{ measure: "killed", unit: "person" }] }],
    ["a hedge mapping to nothing known", { ...personnel, hedges: { about: { kind: "roughly" } } }],
    ["a hedge mapping that is a list", { ...personnel, hedges: [] }],
    ["an id prefix that is a number", { ...personnel, idPrefix: 5 }],
    ["a date field that is empty", { ...personnel, dateField: "" }],
  ])("importCumulativeSeries refuses %s with invalid-option", (_name, options) => {
    expect(thrownCode(() => importCumulativeSeries([], options as SeriesOptions))).toBe("invalid-option");
  });

  it.each([
    ["an option it does not take", { ...personnel, dateFeild: "day" }, 'options.dateFeild is not an option (subject, attribution, fields, dateField, reportedField, hedges, missing, idPrefix, modality), got "day"'],
    ["a field option it does not take", { ...personnel, fields: [{ ...personnel.fields[0]!, hedgefield: "personnel*" }] }, 'options.fields[0].hedgefield is not an option (field, measure, unit, hedgeField, scope, slug, aggregation), got "personnel*"'],
    ["a hedge reading with a misspelt strict", { ...personnel, hedges: { more: { kind: "atLeast", strct: true } } }, 'options.hedges["more"] must be { kind: "exact" | "approx" } or { kind: "atLeast" | "atMost", strict?: boolean }, got {"kind":"atLeast","strct":true}'],
    ["an approximate reading that is strict", { ...personnel, hedges: { about: { kind: "approx", strict: true } } }, 'options.hedges["about"] must be { kind: "exact" | "approx" } or { kind: "atLeast" | "atMost", strict?: boolean }, got {"kind":"approx","strict":true}'],
    ["two fields with one slug", { ...personnel, fields: [personnel.fields[0]!, { field: "Personnel", measure: "killed", unit: "person" }] }, 'options.fields[1] has the slug "personnel" of options.fields[0], so the same claim ids, got {"field":"Personnel","measure":"killed","unit":"person"}'],
    ["two fields with one indicator", { ...personnel, fields: [personnel.fields[0]!, { field: "total", measure: "ua-genstaff:personnel", unit: " person" }] }, 'options.fields[1] states the indicator of options.fields[0] (measure, unit, scope and aggregation), so two figures a day for one series, got {"field":"total","measure":"ua-genstaff:personnel","unit":" person"}'],
  ])("importCumulativeSeries refuses %s, naming it", (_name, options, message) => {
    expect(thrown(() => importCumulativeSeries([], options as SeriesOptions))).toMatchObject({ code: "invalid-option", message: `importCumulativeSeries: ${message}` });
  });

  it("importCorrections takes series, reason and unknownFields besides the series options, and no other name", () => {
    expect(thrown(() => importCorrections([], { ...corrections, reasons: "restated" } as CorrectionsOptions))).toMatchObject({
      code: "invalid-option",
      message: 'importCorrections: options.reasons is not an option (subject, attribution, fields, dateField, reportedField, hedges, missing, idPrefix, modality, series, reason, unknownFields), got "restated"',
    });
    expect(importCorrections([], { ...corrections, reason: "restated" })).toEqual(series);
  });

  it("importCorrections refuses a series that is not claims, and a reason that is not text", () => {
    expect(thrownCode(() => importCorrections([], { ...corrections, series: undefined as unknown as Claim[] }))).toBe("invalid-option");
    expect(thrownCode(() => importCorrections([], { ...corrections, series: [{} as Claim] }))).toBe("invalid-claim");
    expect(thrownCode(() => importCorrections([], { ...corrections, reason: "" }))).toBe("invalid-option");
  });

  it("importCorrections still takes signed deltas, and several corrections in one day", () => {
    const corrected = importCorrections(
      [
        { date: "2022-10-13", personnel: -2 },
        { date: "2022-10-13T09:00:00", personnel: 1 },
      ],
      corrections,
    );
    expect(corrected.at(-1)?.estimate).toEqual({ kind: "exact", value: 9, unit: "person" });
  });
});

describe("the importers refuse arguments that cannot be read", () => {
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const boom = <T extends object>(value: T, key: string): T =>
    Object.defineProperty({ ...value }, key, {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });

  const REVOKED = "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked";
  it.each([
    ["records that are a revoked proxy", () => importCumulativeSeries(revoked(), personnel), `importCumulativeSeries: records`, REVOKED],
    ["a record whose date getter throws", () => importCumulativeSeries([boom({ personnel: 1 }, "date")], personnel), "importCumulativeSeries: records[0].date", "Error: boom"],
    ["options whose attribution getter throws", () => importCumulativeSeries([], boom(personnel, "attribution")), "importCumulativeSeries: options.attribution", "Error: boom"],
    ["a series claim that is a revoked proxy", () => importCorrections([], { ...personnel, series: [revoked() as Claim] }), "importCorrections: options.series[0]", REVOKED],
  ])("refuses %s with invalid-argument, naming its path", (_name, fn, place, got) => {
    expect(thrown(fn)).toMatchObject({ code: "invalid-argument", message: `${place} cannot be read (a getter or proxy threw), got ${JSON.stringify(got)}` });
  });
});
