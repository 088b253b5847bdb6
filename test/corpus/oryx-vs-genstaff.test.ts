// Two originators on one measure: Ukraine's General Staff claims Russian tank losses, Oryx
// counts only the losses it has seen photographed, so its figure is a lower bound. consensus()
// puts them side by side; the expected answers are computed here by straightforward code.
// Data in ../shared/data, never copied here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { atLeast } from "../../src/estimate/constructors.js";
import { importCumulativeSeries } from "../../src/import/series.js";
import { source } from "../../src/provenance/source.js";
import { asOf } from "../../src/revision/as-of.js";
import { consensus } from "../../src/revision/consensus.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { revisionHistory } from "../../src/revision/history.js";

const DATA = resolve(import.meta.dirname, "../../../shared/data");
const SUBJECT = "ru-forces-in-ukraine";
const MEASURE = "equipment:tank-lost";

const oryx = source("oryx", "outlet", "Oryx (photo-confirmed equipment losses)");
const ua = source("ua-general-staff", "military", "General Staff of the Armed Forces of Ukraine", { country: "UA" });

interface OryxRow {
  readonly country: string;
  readonly equipment_type: string;
  readonly type_total: string;
  readonly date_recorded: string;
}
const oryxRows = (
  parse(readFileSync(resolve(DATA, "oryx-daily-count/daily_count.csv"), "utf8"), { columns: true }) as OryxRow[]
).filter((r) => r.country === "Russia" && r.equipment_type === "Tanks");

/** Oryx's tank count on each date it was recorded: at least that many, photographed. */
const oryxClaims: Claim[] = oryxRows.map((r) =>
  claim({
    id: `oryx:tank:${r.date_recorded}`,
    indicator: { subject: SUBJECT, measure: MEASURE, unit: "tank" },
    estimate: atLeast(Number(r.type_total), "tank", { text: r.type_total }),
    validTime: r.date_recorded,
    reportedAt: r.date_recorded,
    attribution: { originator: oryx },
  }),
);

type UaRow = Readonly<Record<string, unknown>> & { readonly date: string; readonly tank?: number };
const uaRows = JSON.parse(readFileSync(resolve(DATA, "ua-genstaff-claimed-losses/russia_losses_equipment.json"), "utf8")) as UaRow[];
const uaClaims = importCumulativeSeries(uaRows, {
  subject: SUBJECT,
  attribution: { originator: ua },
  idPrefix: "ua",
  missing: "omit",
  fields: [{ field: "tank", measure: MEASURE, unit: "tank" }],
});

/** Straightforward: the General Staff's figure on the latest of its dates not after `date`. */
function uaByHand(date: string): number | undefined {
  let found: number | undefined;
  for (const r of uaRows) if (r.date <= date && typeof r.tank === "number") found = r.tank;
  return found;
}

describe("Oryx and the General Staff on Russian tank losses", () => {
  it("reads both series", () => {
    expect(oryxClaims.length).toBe(oryxRows.length);
    expect(oryxClaims.length).toBeGreaterThan(20);
    expect(uaClaims.length).toBe(uaRows.filter((r) => typeof r.tank === "number").length);
  });

  it("keeps each originator's series apart", () => {
    const histories = revisionHistory([...oryxClaims, ...uaClaims]);
    expect(histories.map((h) => h.claims[0]?.attribution.originator.id).sort()).toEqual(["oryx", "ua-general-staff"]);
    for (const h of histories) expect(findContradictions(h).filter((f) => f.code === "mixed-originators")).toEqual([]);
  });

  it("puts the two side by side on every date Oryx recorded", () => {
    let agreeing = 0;
    for (const r of oryxRows) {
      const date = r.date_recorded;
      const seen = Number(r.type_total);
      const claimed = uaByHand(date);
      const c = consensus([...oryxClaims, ...uaClaims], { valid: date, known: date });
      expect(c.figures.find((f) => f.originator === "oryx")?.claim.id).toBe(`oryx:tank:${date}`);
      if (claimed === undefined) {
        expect(c.figures.map((f) => f.originator)).toEqual(["oryx"]);
        continue;
      }
      // The hull runs from the lower of the two figures with no upper end (Oryx's is a lower bound);
      // they agree exactly when the claimed figure is at least the photographed count.
      expect(c.hull).toMatchObject({ kind: "atLeast", value: Math.min(seen, claimed) });
      expect(c.spread).toBeNull();
      if (claimed >= seen) {
        agreeing += 1;
        expect(c.intersection).toMatchObject({ kind: "exact", value: claimed });
      } else {
        expect(c.intersection).toBeNull();
      }
    }
    // On every date Oryx recorded, the General Staff claimed at least as many tanks as Oryx could
    // confirm (32 of 32 in this copy of the data), so the two never contradict each other.
    const byHand = oryxRows.filter((r) => (uaByHand(r.date_recorded) ?? -1) >= Number(r.type_total)).length;
    expect(agreeing).toBe(byHand);
    expect(agreeing).toBeGreaterThan(0);
  });

  it("answers with what each had published by a date", () => {
    const last = oryxRows[oryxRows.length - 1] as OryxRow;
    const [history] = revisionHistory(oryxClaims);
    expect(asOf(history!, { valid: last.date_recorded })?.estimate).toMatchObject({ value: Number(last.type_total) });
  });
});
