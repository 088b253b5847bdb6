// What importCorrections does with fields the options do not read, and with deltas that are not whole.
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { approx } from "../../src/estimate/constructors.js";
import { importCorrections, importCumulativeSeries } from "../../src/import/index.js";
import type { CorrectionsOptions, SeriesOptions } from "../../src/import/index.js";
import { source } from "../../src/provenance/source.js";
import { deepFreeze, thrown } from "../helpers.js";

const ua = source("ua-general-staff", "military", "General Staff", { country: "UA" });
const equipment: SeriesOptions = deepFreeze({
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  idPrefix: "ua",
  fields: [
    { field: "tank", measure: "ua-genstaff:tank", unit: "tank", hedgeField: "tank*" },
    { field: "APC", measure: "ua-genstaff:apc", unit: "APC" },
  ],
});
const series: readonly Claim[] = deepFreeze(
  importCumulativeSeries(
    [
      { date: "2022-10-12", day: 230, tank: 2500, "tank*": "about", APC: 5181, "greatest losses direction": "Bakhmut" },
      { date: "2022-10-13", day: 231, tank: 2505, "tank*": "about", APC: 5167, personnel: 65000 },
    ],
    equipment,
  ),
);
const options: CorrectionsOptions = deepFreeze({ ...equipment, series });
const added = (claims: readonly Claim[]) => claims.length - series.length;

describe("importCorrections refuses a correction to a field the options do not read", () => {
  it("names a misspelt field, its value and the field it most likely means", () => {
    const records = [
      { date: "2022-10-13", tank: 0, APC: 0 },
      { date: "2022-10-14", tank: 0, APC: 0 },
      { date: "2022-10-15", tank: 0, APC: 0 },
      { date: "2022-10-16", Tank: 5 },
    ];
    expect(thrown(() => importCorrections(records, { ...options, missing: "omit" }))).toMatchObject({
      code: "invalid-record",
      message:
        'importCorrections: records[3].Tank: a correction of +5 to a field the options do not read (did you mean tank?); add it to options.fields, or pass unknownFields: "ignore" to leave such fields out',
    });
  });

  it("names a field left out of the options, as personnel in the General Staff's equipment corrections, listing the fields read", () => {
    const e = thrown(() => importCorrections([{ date: "2025-02-28", day: 1101, tank: 0, APC: 21, personnel: 1650 }], options));
    expect(e.code).toBe("invalid-record");
    expect(e.message).toBe(
      'importCorrections: records[0].personnel: a correction of +1650 to a field the options do not read (tank, APC); add it to options.fields, or pass unknownFields: "ignore" to leave such fields out',
    );
    expect(((e as unknown as { details: unknown }).details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["records[0].personnel"]);
  });

  it("lists every such field of every record in details.issues, and writes a name with invisible characters escaped", () => {
    const e = thrown(() => importCorrections([{ date: "2022-10-13", tank: 1, APC: 0, "tank\u200b": -2 }, { date: "2022-10-14", tank: 0, APC: 0, drone: 3 }], options));
    const issues = ((e as unknown as { details: unknown }).details as { issues: { path: string; message: string }[] }).issues;
    expect(issues.map((i) => i.path)).toEqual(['records[0]["tank\\u200b"]', "records[1].drone"]);
    expect(issues[0]?.message).toContain('records[0]["tank\\u200b"]: a correction of -2 to a field the options do not read (did you mean tank?)');
  });

  it("leaves out date, day, the hedge-marker fields, zeros and values that are not numbers", () => {
    const records = [{ date: "2022-10-13", day: 231, tank: 1, "tank*": "about", APC: 0, personnel: 0, note: "restated by the General Staff", source: null }];
    expect(added(importCorrections(records, options))).toBe(1);
  });

  it("reads a date field of another name and a report date field as dates, not corrections", () => {
    const renamed = importCumulativeSeries([{ on: "2022-10-12", published: "2022-10-12", tank: 2500, "tank*": "about", APC: 1 }], { ...equipment, dateField: "on", reportedField: "published" });
    const records = [{ on: "2022-10-13", published: 20221013, tank: 1, APC: 0 }];
    expect(importCorrections(records, { ...equipment, dateField: "on", reportedField: "published", series: renamed })).toHaveLength(renamed.length + 1);
  });

  it('leaves such fields out with unknownFields: "ignore", and refuses another value of the option', () => {
    const records = [{ date: "2022-10-13", tank: 0, APC: -25, personnel: 1650, Tank: 5 }];
    expect(added(importCorrections(records, { ...options, unknownFields: "ignore" }))).toBe(1);
    expect(thrown(() => importCorrections(records, { ...options, unknownFields: "warn" } as unknown as CorrectionsOptions))).toMatchObject({
      code: "invalid-option",
      message: 'importCorrections: options.unknownFields must be one of "error", "ignore", got "warn"',
    });
  });
});

describe("importCorrections keeps a count whole", () => {
  it("refuses a delta that is not whole for a figure in whole numbers, naming the record, the figure and the result", () => {
    expect(thrown(() => importCorrections([{ date: "2022-10-14", tank: 0.5, APC: 0 }], options))).toMatchObject({
      code: "invalid-record",
      message:
        'importCorrections: records[0].tank: a correction of +0.5 on 2022-10-14 restates {"kind":"approx","value":2505,"unit":"tank","text":"about 2505"} (ua:tank:2022-10-13) to {"kind":"approx","value":2505.5,"unit":"tank"}: a figure in whole numbers is a count, and a correction of a count is whole',
    });
  });

  it("takes a delta that is not whole for a figure that is not whole (a share, a rate)", () => {
    const tank = series.find((c) => c.id === "ua:tank:2022-10-13") as Claim;
    const fractional = [{ ...tank, estimate: approx(2505.25, "tank") }];
    expect(importCorrections([{ date: "2022-10-14", tank: 0.5, APC: 0 }], { ...options, series: fractional }).at(-1)?.estimate).toMatchObject({ value: 2505.75 });
  });

  it("restates the last figure of the series with a correction dated after every record", () => {
    expect(importCorrections([{ date: "2023-01-01", tank: 5, APC: 0 }], options).at(-1)).toMatchObject({ id: "ua:tank:2022-10-13:restated:2023-01-01", estimate: { value: 2510 } });
  });
});
