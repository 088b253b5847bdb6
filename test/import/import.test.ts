import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { importCorrections } from "../../src/import/corrections.js";
import { DEFAULT_HEDGE_MARKERS } from "../../src/import/hedge-markers.js";
import { importCumulativeSeries } from "../../src/import/series.js";
import type { SeriesOptions } from "../../src/import/series.js";
import { source } from "../../src/provenance/source.js";
import { asOf } from "../../src/revision/as-of.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { revisionHistory } from "../../src/revision/history.js";
import { deepFreeze, thrownCode } from "../helpers.js";

const ua = source("ua-general-staff", "military", "General Staff of the Armed Forces of Ukraine", { country: "UA" });

const personnel: SeriesOptions = deepFreeze({
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  fields: [{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person", hedgeField: "personnel*" }],
});

const equipment: SeriesOptions = deepFreeze({
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  idPrefix: "ua",
  fields: [
    { field: "APC", measure: "ua-genstaff:apc", unit: "APC" },
    { field: "field artillery", measure: "ua-genstaff:field-artillery", unit: "artillery-system" },
  ],
  missing: "omit",
});

const records = deepFreeze([
  { date: "2022-03-06", day: 11, personnel: 11000, "personnel*": "about", POW: 216 },
  { date: "2022-03-07", day: 12, personnel: 11000, "personnel*": "more", POW: 259 },
]);

function thrown(fn: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error("did not throw");
}

describe("importCumulativeSeries", () => {
  it("reads a daily cumulative series with hedge markers as claims", () => {
    const claims = importCumulativeSeries(records, personnel);
    expect(claims).toHaveLength(2);
    expect(claims[0]).toEqual({
      id: "ru-forces-in-ukraine:personnel:2022-03-06",
      indicator: { subject: "ru-forces-in-ukraine", measure: "ua-genstaff:personnel", unit: "person", aggregation: "stock" },
      estimate: { kind: "approx", value: 11000, unit: "person", text: "about 11000" },
      validTime: "2022-03-06",
      reportedAt: "2022-03-06",
      attribution: { originator: ua },
      status: { kind: "normal" },
    });
    expect(claims[1]?.estimate).toEqual({ kind: "atLeast", value: 11000, strict: true, unit: "person", text: "more 11000" });
  });

  it("reads several fields, exact without a hedge field, and leaves out absent ones only when told", () => {
    const rows = [
      { date: "2022-10-12", APC: 5181, "field artillery": 1507 },
      { date: "2022-10-13", APC: 5167 },
    ];
    const claims = importCumulativeSeries(rows, equipment);
    expect(claims.map((c) => c.id)).toEqual(["ua:apc:2022-10-12", "ua:field-artillery:2022-10-12", "ua:apc:2022-10-13"]);
    expect(claims[0]?.estimate).toEqual({ kind: "exact", value: 5181, unit: "APC" });
    expect(thrown(() => importCumulativeSeries(rows, { ...equipment, missing: "error" })).message).toBe(
      'importCumulativeSeries: records[1].field artillery: missing (pass missing: "omit" if the series may lack it)',
    );
  });

  it("takes other hedge mappings, report-date fields, scopes and slugs, and the { data: [...] } wrapper", () => {
    const claims = importCumulativeSeries(
      { data: [{ as_of: "2025-01-31", published: "2025-02-03", n: 300, h: "up to" }, { as_of: "2025-02-28", published: "2025-03-01", n: 400, h: "exactly" }] },
      {
        subject: "kp",
        attribution: { originator: ua },
        dateField: "as_of",
        reportedField: "published",
        hedges: { "up to": { kind: "atMost" }, exactly: { kind: "exact" } },
        fields: [{ field: "n", measure: "killed", unit: "person", hedgeField: "h", scope: "Kursk", slug: "killed" }],
      },
    );
    expect(claims.map((c) => [c.id, c.reportedAt, c.estimate.kind, c.indicator.scope])).toEqual([
      ["kp:killed:2025-01-31", "2025-02-03", "atMost", "Kursk"],
      ["kp:killed:2025-02-28", "2025-03-01", "exact", "Kursk"],
    ]);
    expect(claims[1]?.estimate).toEqual({ kind: "exact", value: 400, unit: "person", text: "exactly 400" });
  });

  it("names the record and field of every bad record, and never skips a row", () => {
    const bad = [
      { date: "2022-03-06", personnel: 11000, "personnel*": "about" },
      { date: "2022-03-07", personnel: "n/a", "personnel*": "about" },
      { date: "2022-03-07", personnel: 1, "personnel*": "about" },
      null,
      { date: 20220309, personnel: 1, "personnel*": "about" },
      { date: "2022-03-10", personnel: 1, "personnel*": "roughly" },
      { date: "2022-03-11", personnel: 1 },
      { date: "2022-03-12", personnel: Number.NaN, "personnel*": "about" },
    ];
    const error = thrown(() => importCumulativeSeries(bad, personnel));
    expect(error.code).toBe("invalid-record");
    expect(error.message).toBe('importCumulativeSeries: records[1].personnel: expected a number, got "n/a" (and 6 more)');
    expect((error.details["issues"] as { path: string }[]).map((i) => i.path)).toEqual([
      "records[1].personnel",
      "records[2].date",
      "records[3]",
      "records[4].date",
      "records[5].personnel*",
      "records[6].personnel*",
      "records[7].personnel",
    ]);
    const messages = (error.details["issues"] as { message: string }[]).map((i) => i.message);
    expect(messages).toContain('records[2].date: "2022-03-07" repeats the day of records[1].date "2022-03-07"');
    expect(messages).toContain('records[5].personnel*: unknown hedge marker "roughly" (known: "about", "more")');
    expect(messages).toContain('records[6].personnel*: missing hedge marker (known: "about", "more")');
    expect(messages).toContain("records[3]: expected an object, got null");
    expect(messages).toContain("records[4].date: expected an EDTF date, got 20220309");
    expect(messages).toContain("records[7].personnel: expected a number, got NaN");
  });

  it("names a bad report date and an estimate its constructor refuses", () => {
    const opts = { ...personnel, reportedField: "published" };
    expect(thrown(() => importCumulativeSeries([{ date: "2022-03-06", published: "soon", personnel: 1, "personnel*": "about" }], opts)).message).toBe(
      'importCumulativeSeries: records[0].published: expected an EDTF date, got "soon"',
    );
    const upTo = { ...personnel, hedges: { "fewer than": { kind: "atMost" as const, strict: true } } };
    expect(thrown(() => importCumulativeSeries([{ date: "2022-03-06", personnel: 0, "personnel*": "fewer than" }], upTo)).message).toMatch(
      /^importCumulativeSeries: records\[0\]\.personnel: atMost: value 0 with strict: fewer than 0 allows no value/,
    );
  });

  it("rejects input that is not records, and options outside their domain", () => {
    expect(thrown(() => importCumulativeSeries("2022-03-06,11000", personnel)).message).toBe(
      'importCumulativeSeries: records: expected an array of records, got "2022-03-06,11000"',
    );
    expect(thrownCode(() => importCumulativeSeries({ rows: [] }, personnel))).toBe("invalid-record");
    expect(thrownCode(() => importCumulativeSeries([], { ...personnel, subject: " " }))).toBe("invalid-option");
    expect(thrownCode(() => importCumulativeSeries([], { ...personnel, fields: [] }))).toBe("invalid-option");
    expect(thrownCode(() => importCumulativeSeries([], { ...personnel, missing: "skip" as "omit" }))).toBe("invalid-option");
    const twice = { ...equipment, fields: [equipment.fields[0]!, { ...equipment.fields[1]!, slug: "apc" }] };
    expect(thrownCode(() => importCumulativeSeries([], twice))).toBe("invalid-option");
    const measure = { ...personnel, fields: [{ field: "personnel", measure: "Personnel" as "killed", unit: "person" }] };
    expect(thrownCode(() => importCumulativeSeries([{ date: "2022-03-06", personnel: 1 }], measure))).toBe("invalid-measure");
    expect(importCumulativeSeries([], personnel)).toEqual([]);
    // Claim ids have no whitespace: a subject with spaces makes a hyphenated prefix, a spaced slug,
    // prefix or an empty unit is refused before any record is read.
    const { idPrefix: _prefix, ...noPrefix } = personnel;
    const spaced = importCumulativeSeries([{ date: "2022-03-06", personnel: 1, "personnel*": "about" }], { ...noPrefix, subject: "ru forces" });
    expect(spaced[0]?.id).toMatch(/^ru-forces:/);
    const slug = { ...personnel, fields: [{ field: "personnel", measure: "killed" as const, unit: "person", slug: "per sonnel" }] };
    expect(thrown(() => importCumulativeSeries([], slug)).message).toContain("slug must be non-empty text without whitespace");
    expect(thrownCode(() => importCumulativeSeries([], { ...personnel, idPrefix: "ua genstaff" }))).toBe("invalid-option");
    const unit = { ...personnel, fields: [{ field: "personnel", measure: "killed" as const, unit: "" }] };
    expect(thrownCode(() => importCumulativeSeries([{ date: "2022-03-06", personnel: 1 }], unit))).toBe("invalid-option");
    expect(DEFAULT_HEDGE_MARKERS["about"]).toEqual({ kind: "approx" });
  });
});

describe("importCorrections", () => {
  const series: readonly Claim[] = deepFreeze(
    importCumulativeSeries(
      [
        { date: "2022-10-11", APC: 5170, "field artillery": 1500 },
        { date: "2022-10-12", APC: 5181, "field artillery": 1507 },
        { date: "2022-10-13", APC: 5167, "field artillery": 1556 },
        { date: "2022-10-14", APC: 5172, "field artillery": 1566 },
      ],
      equipment,
    ),
  );
  const corrections = deepFreeze([{ date: "2022-10-13", day: 231, APC: -25, "field artillery": 0 }]);

  it("restates the figure before the correction date, deprecating without deleting", () => {
    const corrected = importCorrections(corrections, { ...equipment, series });
    expect(corrected).toHaveLength(series.length + 1);
    const old = corrected.find((c) => c.id === "ua:apc:2022-10-12");
    expect(old?.status).toEqual({
      kind: "deprecated",
      reason: "restated: -25 on 2022-10-13 (records[0].APC)",
      supersededBy: "ua:apc:2022-10-12:restated:2022-10-13",
    });
    expect(corrected.at(-1)).toMatchObject({
      id: "ua:apc:2022-10-12:restated:2022-10-13",
      estimate: { kind: "exact", value: 5156, unit: "APC" },
      validTime: "2022-10-12",
      reportedAt: "2022-10-13",
      text: "restated by -25 on 2022-10-13",
    });
    const apc = revisionHistory(corrected).find((h) => h.key.includes("apc"))!;
    expect(asOf(apc, { valid: "2022-10-12", known: "2022-10-12" })?.estimate).toMatchObject({ value: 5181 });
    expect(asOf(apc, { valid: "2022-10-12", known: "2022-10-13" })?.estimate).toMatchObject({ value: 5156 });
    // The raw series falls on 13 October; restated, the fall moves to the restated day itself.
    expect(findContradictions(revisionHistory(series).find((h) => h.key.includes("apc"))!, { cumulative: true })).toHaveLength(1);
    expect(findContradictions(apc, { cumulative: true }).map((f) => f.claims)).toEqual([
      ["ua:apc:2022-10-11", "ua:apc:2022-10-12:restated:2022-10-13"],
    ]);
  });

  it("stacks a second correction of the same figure on the first", () => {
    const twice = [
      { date: "2022-10-13", APC: -25, "field artillery": 0 },
      { date: "2022-10-12T18:00:00", APC: 2, "field artillery": 3 },
      { date: "2022-10-13T09:00:00", APC: 4, "field artillery": 0 },
    ];
    const corrected = importCorrections(twice, { ...equipment, series, reason: "restatement" });
    const ids = corrected.filter((c) => c.status.kind === "deprecated").map((c) => c.id);
    // the correction dated 2022-10-13 is known from the end of that day, after the one at 09:00
    expect(ids).toEqual(["ua:apc:2022-10-11", "ua:field-artillery:2022-10-11", "ua:apc:2022-10-12", "ua:apc:2022-10-12:restated:2022-10-13T09:00:00"]);
    expect(corrected.at(-1)?.estimate).toMatchObject({ value: 5181 + 4 - 25 });
    expect(corrected.find((c) => c.id === "ua:apc:2022-10-12")?.status).toMatchObject({ reason: "restatement: +4 on 2022-10-13T09:00:00 (records[2].APC)" });
  });

  it("names a correction with no earlier figure, and bad records", () => {
    const error = thrown(() => importCorrections([{ date: "2022-10-11", APC: 3, "field artillery": 0 }], { ...equipment, series }));
    expect(error.code).toBe("unmatched-correction");
    expect(error.message).toContain("importCorrections: records[0].APC: a correction of +3 on 2022-10-11 has no earlier figure");
    expect(thrownCode(() => importCorrections([{ date: "2022-10-13", APC: -25 }], { ...equipment, series, missing: "error" }))).toBe("invalid-record");
    expect(thrown(() => importCorrections([{ date: "2022-10-13", APC: "-25" }], { ...equipment, series })).message).toBe(
      'importCorrections: records[0].APC: expected a number, got "-25"',
    );
    expect(thrownCode(() => importCorrections([{ date: "13 Oct" }], { ...equipment, series }))).toBe("invalid-record");
  });

  it("leaves claims of other series and already deprecated claims as they are", () => {
    const other = deepFreeze({ ...series[0]!, id: "other", indicator: { ...series[0]!.indicator, subject: "elsewhere" } });
    const gone = deepFreeze({ ...series[2]!, id: "gone", validTime: "2022-10-12", status: { kind: "deprecated" as const, reason: "duplicate" } });
    const corrected = importCorrections(corrections, { ...equipment, series: [...series, other, gone] });
    expect(corrected.find((c) => c.id === "other")).toBe(other);
    expect(corrected.find((c) => c.id === "gone")).toBe(gone);
    expect(corrected.find((c) => c.id === "ua:apc:2022-10-12")?.status.kind).toBe("deprecated");
    const openStart = deepFreeze({ ...series[0]!, id: "open", validTime: "../2022-10-01" });
    expect(importCorrections(corrections, { ...equipment, series: [openStart] }).at(-1)?.validTime).toBe("../2022-10-01");
  });
});

describe("importCumulativeSeries: aggregation and modality", () => {
  const attribution = { originator: { id: "ua-gs", kind: "military" as const, name: "General Staff" } };
  const records = [{ date: "2022-03-01", personnel: 5, weekly: 2 }];

  it("writes each field's aggregation (stock by default) and the series' modality", () => {
    const claims = importCumulativeSeries(records, {
      subject: "ru-forces",
      attribution,
      modality: "projected",
      fields: [
        { field: "personnel", measure: "ua-genstaff:personnel", unit: "person" },
        { field: "weekly", measure: "ua-genstaff:weekly", unit: "person", aggregation: "flow" },
      ],
    });
    expect(claims.map((c) => [c.indicator.aggregation, c.modality])).toEqual([["stock", "projected"], ["flow", "projected"]]);
    const plain = importCumulativeSeries(records, { subject: "ru-forces", attribution, fields: [{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person" }] });
    expect(plain[0]?.modality).toBeUndefined();
  });

  it("refuses an aggregation or modality outside their lists", () => {
    const field = { field: "personnel", measure: "ua-genstaff:personnel", unit: "person" } as const;
    expect(thrownCode(() => importCumulativeSeries(records, { subject: "ru-forces", attribution, fields: [{ ...field, aggregation: "rate" as "flow" }] }))).toBe("invalid-option");
    expect(thrownCode(() => importCumulativeSeries(records, { subject: "ru-forces", attribution, modality: "rumoured" as "planned", fields: [field] }))).toBe("invalid-option");
  });
});
