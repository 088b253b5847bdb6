// The Ukrainian General Staff's daily claimed Russian losses (../shared/data, never copied here):
// the personnel and equipment series, the corrections file, and the revisions replayed from the
// dataset's git history, checked against totals computed here by straightforward code.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";

import type { Claim } from "../../src/claim/schema.js";
import { importCorrections } from "../../src/import/corrections.js";
import { importCumulativeSeries } from "../../src/import/series.js";
import type { SeriesField, SeriesOptions } from "../../src/import/series.js";
import { source } from "../../src/provenance/source.js";
import { asOf } from "../../src/revision/as-of.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { revisions } from "../../src/revision/revisions.js";

const DATA = resolve(import.meta.dirname, "../../../shared/data/ua-genstaff-claimed-losses");
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA, file), "utf8"));

type Row = Readonly<Record<string, unknown>> & { readonly date: string };
const ua = source("ua-general-staff", "military", "General Staff of the Armed Forces of Ukraine", { country: "UA" });

const slug = (field: string): string => field.toLowerCase().replace(/\s+/g, "-");
const fieldOf = (field: string, hedgeField?: string): SeriesField => ({
  field,
  measure: `ua-genstaff:${slug(field)}`,
  unit: slug(field),
  ...(hedgeField !== undefined && { hedgeField }),
});

const personnelRows = read("russia_losses_personnel.json") as Row[];
const equipmentRows = read("russia_losses_equipment.json") as Row[];
const correctionRows = read("russia_losses_equipment_correction.json") as Row[];

const EQUIPMENT_FIELDS = [...new Set(equipmentRows.flatMap((r) => Object.keys(r)))].filter(
  (k) => k !== "date" && k !== "day" && equipmentRows.some((r) => typeof r[k] === "number"),
);

const personnelOptions: SeriesOptions = {
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  idPrefix: "ua",
  missing: "omit",
  fields: [fieldOf("personnel", "personnel*"), fieldOf("POW")],
};
const equipmentOptions: SeriesOptions = {
  subject: "ru-forces-in-ukraine",
  attribution: { originator: ua },
  idPrefix: "ua",
  missing: "omit",
  fields: EQUIPMENT_FIELDS.map((f) => fieldOf(f)),
};
const correctionOptions: SeriesOptions = { ...equipmentOptions, fields: [...equipmentOptions.fields, fieldOf("personnel", "personnel*")] };

/** Straightforward: the (field, date) pairs where a numeric field is lower than on the record before that has it. */
function decreasesByHand(rows: readonly Row[], fields: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    let previous: number | undefined;
    for (const r of rows) {
      const v = r[f];
      if (typeof v !== "number") continue;
      if (previous !== undefined && v < previous) out.push(`${slug(f)} ${r.date}`);
      previous = v;
    }
  }
  return out.sort();
}

/** The wall-clock second before a date and time as written, keeping its offset. */
function oneSecondBefore(dateTime: string): string {
  const wall = Date.parse(`${dateTime.slice(0, 19)}Z`) - 1000;
  return `${new Date(wall).toISOString().slice(0, 19)}${dateTime.slice(19)}`;
}

function valueOf(c: Claim | undefined): number | undefined {
  return c === undefined ? undefined : (c.estimate as { value: number }).value;
}

function historyFor(histories: readonly RevisionHistory[], field: string): RevisionHistory {
  const h = histories.find((x) => x.key.split("|")[1] === `ua-genstaff:${slug(field)}`);
  if (h === undefined) throw new Error(`no history for ${field}`);
  return h;
}

describe("UA General Staff claimed losses", () => {
  let personnel: Claim[];
  let equipment: Claim[];
  let histories: RevisionHistory[];

  beforeAll(() => {
    personnel = importCumulativeSeries(personnelRows, personnelOptions);
    equipment = importCumulativeSeries(equipmentRows, equipmentOptions);
    histories = revisionHistory([...personnel, ...equipment]);
  });

  it("imports one claim per numeric value of every record, with the hedge markers read", () => {
    const count = (rows: readonly Row[], fields: readonly string[]) =>
      rows.reduce((n, r) => n + fields.filter((f) => typeof r[f] === "number").length, 0);
    expect(personnel).toHaveLength(count(personnelRows, ["personnel", "POW"]));
    expect(equipment).toHaveLength(count(equipmentRows, EQUIPMENT_FIELDS));
    expect(personnelRows).toHaveLength(1626);
    const kinds = personnel.filter((c) => c.indicator.measure === "ua-genstaff:personnel").map((c) => c.estimate.kind);
    expect(kinds.filter((k) => k === "approx")).toHaveLength(personnelRows.filter((r) => r["personnel*"] === "about").length);
    expect(kinds.filter((k) => k === "atLeast")).toHaveLength(personnelRows.filter((r) => r["personnel*"] === "more").length);
    expect(histories).toHaveLength(2 + EQUIPMENT_FIELDS.length);
  });

  it("finds every real decrease of the cumulative series, and nothing else", () => {
    const found = histories
      .flatMap((h) => findContradictions(h, { cumulative: true }))
      .filter((f) => f.code === "cumulative-decrease")
      .map((f) => {
        const to = f.claims[1] as string;
        const [, field, date] = to.split(":");
        return `${field} ${date}`;
      })
      .sort();
    const expected = [...decreasesByHand(personnelRows, ["personnel", "POW"]), ...decreasesByHand(equipmentRows, EQUIPMENT_FIELDS)].sort();
    expect(found).toEqual(expected);
    expect(found).toContain("apc 2022-10-13");
    expect(found).toContain("tank 2023-05-28");
    expect(found).toContain("field-artillery 2026-03-04");
    console.info(`cumulative-decrease: ${found.length} real decreases found (${found.join(", ")})`);
  });

  it("answers asOf as the last record on or before each date", () => {
    const probe = ["2022-02-24", "2022-02-25", "2022-04-30", "2022-05-01", "2023-05-28", "2024-07-23", "2025-09-07", "2026-08-08", "2030-01-01"];
    for (let i = 0; i < equipmentRows.length; i += 37) probe.push(equipmentRows[i]!.date);
    for (const field of [...EQUIPMENT_FIELDS, "personnel", "POW"]) {
      const rows = field === "personnel" || field === "POW" ? personnelRows : equipmentRows;
      const h = historyFor(histories, field);
      for (const valid of probe) {
        let expected: number | undefined;
        for (const r of rows) if (r.date <= valid && typeof r[field] === "number") expected = r[field] as number;
        expect(valueOf(asOf(h, { valid })), `${field} as of ${valid}`).toBe(expected);
        // Known on the same day, a series reported daily answers the same.
        expect(valueOf(asOf(h, { valid, known: valid })), `${field} as of ${valid}, known then`).toBe(expected);
      }
    }
  });

  it("gives revisions equal to the day-to-day differences", () => {
    for (const field of ["personnel", "tank", "APC", "drone", "submarines"]) {
      const rows = (field === "personnel" ? personnelRows : equipmentRows).filter((r) => typeof r[field] === "number");
      const list = revisions(historyFor(histories, field));
      expect(list).toHaveLength(rows.length - 1);
      list.forEach((r, i) => {
        const a = rows[i]!;
        const b = rows[i + 1]!;
        const delta = (b[field] as number) - (a[field] as number);
        const days = (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
        expect(r.days).toBe(days);
        if (r.change === null) {
          expect(a["personnel*"]).toBe("more");
          return;
        }
        const change = r.change as { kind: string; value?: number };
        if (change.kind === "exact" || change.kind === "approx") {
          expect(change.value).toBe(delta);
          expect((r.ratePerDay as { value: number }).value).toBeCloseTo(delta / days, 9);
          expect(r.ratePerDay?.unit).toBe(`${slug(field)}/day`);
          expect(r.direction).toBe(delta > 0 ? "up" : delta < 0 ? "down" : "unchanged");
        }
      });
    }
  });

  it("applies the corrections file: the old figure before each restatement, the restated one from its date", () => {
    const corrected = importCorrections(correctionRows, { ...correctionOptions, series: [...equipment, ...personnel] });
    const added = corrected.filter((c) => c.id.includes(":restated:"));
    const nonZero = correctionRows.reduce(
      (n, r) => n + Object.entries(r).filter(([k, v]) => k !== "date" && k !== "day" && typeof v === "number" && v !== 0).length,
      0,
    );
    expect(added).toHaveLength(nonZero);
    expect(corrected.filter((c) => c.status.kind === "deprecated")).toHaveLength(nonZero);
    const byKey = revisionHistory(corrected);
    let checked = 0;
    for (const r of correctionRows) {
      for (const field of [...EQUIPMENT_FIELDS, "personnel"]) {
        const delta = r[field];
        if (typeof delta !== "number" || delta === 0) continue;
        const rows = field === "personnel" ? personnelRows : equipmentRows;
        const before = rows.filter((x) => x.date < r.date && typeof x[field] === "number").at(-1)!;
        const h = historyFor(byKey, field);
        const dayBefore = new Date(Date.parse(r.date) - 86_400_000).toISOString().slice(0, 10);
        const old = valueOf(asOf(h, { valid: before.date, known: dayBefore }));
        const now = valueOf(asOf(h, { valid: before.date, known: r.date }));
        // A later correction of the same figure (none in this file) would change `now`; check the sum by hand.
        expect(old, `${field} ${before.date} before ${r.date}`).toBe(before[field]);
        expect(now, `${field} ${before.date} from ${r.date}`).toBe((before[field] as number) + delta);
        checked++;
      }
    }
    expect(checked).toBe(nonZero);
    console.info(`corrections: ${checked} restatements from ${correctionRows.length} records`);
  });

  it("after the corrections, finds the falls of the figures in force: those a correction explains are gone, those it makes are found", () => {
    const corrected = importCorrections(correctionRows, { ...correctionOptions, series: [...equipment, ...personnel] });
    const found = revisionHistory(corrected)
      .flatMap((h) => findContradictions(h, { cumulative: true }))
      .filter((f) => f.code === "cumulative-decrease")
      .map((f) => `${(f.claims[1] as string).split(":")[1]} ${(f.claims[1] as string).split(":")[2]}`)
      .sort();
    // By hand: each correction restates the last record before its date by its delta.
    const restated = (rows: readonly Row[]): Row[] => {
      const out = rows.map((r) => ({ ...r }));
      for (const c of correctionRows) {
        for (const [field, delta] of Object.entries(c)) {
          if (field === "date" || field === "day" || typeof delta !== "number" || delta === 0) continue;
          const before = out.filter((x) => x.date < c.date && typeof x[field] === "number").at(-1);
          if (before !== undefined) before[field] = (before[field] as number) + delta;
        }
      }
      return out;
    };
    const expected = [...decreasesByHand(restated(personnelRows), ["personnel", "POW"]), ...decreasesByHand(restated(equipmentRows), EQUIPMENT_FIELDS)].sort();
    expect(found).toEqual(expected);
    // the correction of 2022-10-13 explains the fall of APCs that day; the file's corrections dated 2023-05-27
    // show in the next day's jump, so the tanks of 2023-05-26 restated fall below those of 05-25
    expect(found).not.toContain("apc 2022-10-13");
    expect(found).toContain("tank 2023-05-26");
    console.info(`cumulative-decrease after corrections: ${found.join(", ")}`);
  });

  it("replays the revisions from the dataset's git history on the knowledge clock", () => {
    const log = parse(readFileSync(resolve(DATA, "derived_revisions_from_git_history.csv")), { columns: true }) as Record<string, string>[];
    expect(log).toHaveLength(151);
    // The imported claims hold today's figures. For each revised record, the first figure was known
    // from its date, and the fixed one from the commit that fixed it (at the commit's time of day).
    const byId = new Map([...personnel, ...equipment].map((c) => [c.id, c]));
    const replayed: Claim[] = [];
    const seen = new Set<string>();
    for (const row of log) {
      const field = row["field"] as string;
      const id = `ua:${slug(field)}:${row["record_date"]}`;
      const current = byId.get(id);
      expect(current, id).toBeDefined();
      expect(valueOf(current)).toBe(Number(row["new_value"]));
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      const commitTime = (row["commit_time"] as string).replace(/\.\d+/, "");
      const fixed: Claim = { ...current!, reportedAt: commitTime };
      const original: Claim = {
        ...current!,
        id: `${id}@${(row["commit"] as string).slice(0, 7)}^`,
        estimate: { ...current!.estimate, value: Number(row["old_value"]) } as Claim["estimate"],
        status: { kind: "deprecated", reason: `fixed in ${row["commit_subject"]}`, supersededBy: id },
      };
      byId.set(id, fixed);
      replayed.push(original);
    }
    // The General Staff publishes each day's figures in the morning, before any fix of that day:
    // a record is known from the start of its date. By default (knownFrom: "end") a date is known
    // only from its end, so a fix committed the same day comes before the figure it fixes.
    const claims = [...byId.values(), ...replayed];
    const h = revisionHistory(claims, { knownFrom: "start" });
    const byDefault = revisionHistory(claims);
    let checkedBefore = 0;
    let sameDay = 0;
    for (const row of log) {
      const field = row["field"] as string;
      const history = historyFor(h, field);
      const valid = row["record_date"] as string;
      const commit = (row["commit_time"] as string).replace(/\.\d+/, "");
      const justBefore = oneSecondBefore(commit);
      expect(valueOf(asOf(history, { valid, known: justBefore })), `${field} ${valid} before ${commit}`).toBe(Number(row["old_value"]));
      expect(valueOf(asOf(history, { valid, known: commit })), `${field} ${valid} at ${commit}`).toBe(Number(row["new_value"]));
      expect(valueOf(asOf(history, { valid })), `${field} ${valid} today`).toBe(Number(row["new_value"]));
      const ended = historyFor(byDefault, field);
      const before = asOf(ended, { valid, known: justBefore });
      if (commit.slice(0, 10) === valid) {
        // the day is not over: its figure may not be out yet, so the figure in force is an earlier day's
        expect((before?.validTime ?? "") < valid, `${field} ${valid} before ${commit}, from the end of the day`).toBe(true);
        sameDay++;
      } else {
        expect(valueOf(before), `${field} ${valid} before ${commit}, from the end of the day`).toBe(Number(row["old_value"]));
      }
      expect(valueOf(asOf(ended, { valid, known: commit })), `${field} ${valid} at ${commit}, from the end of the day`).toBe(Number(row["new_value"]));
      checkedBefore++;
    }
    expect([checkedBefore, sameDay]).toEqual([151, 26]);
    // The two slipped digits the history fixed show up as slipped-digit findings just before their fixes.
    for (const [field, valid, commit] of [
      ["APC", "2024-07-23", "2024-07-24T20:10:50+03:00"],
      ["vehicles and fuel tanks", "2026-06-24", "2026-06-25T17:06:07+02:00"],
    ] as const) {
      const history = historyFor(h, field);
      const before = findContradictions(history, { known: oneSecondBefore(commit) }).filter((f) => f.code === "slipped-digit");
      const suspect = (f: { claims: readonly string[] }) => (f.claims[1] as string).split("@")[0];
      expect(before.map(suspect), `${field} before ${commit}`).toContain(`ua:${slug(field)}:${valid}`);
      const after = findContradictions(history, { known: commit }).filter((f) => f.code === "slipped-digit");
      expect(after.map(suspect)).not.toContain(`ua:${slug(field)}:${valid}`);
    }
    console.info(`git history: ${checkedBefore} revisions replayed on the knowledge clock`);
  });
});
