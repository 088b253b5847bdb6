// The estimate room over SIPRI's arms-transfers trade register: a "?" beside a
// figure marks it uncertain, and the value of delivered weapons should be the
// value per unit times the number delivered, within the rounding SIPRI shows.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { applyHedge, approx, exact, formatEstimate, multiply, overlaps, sumEstimates } from "../../src/index.js";
import type { Estimate } from "../../src/index.js";

const file = resolve(import.meta.dirname, "../../../shared/data/sipri-trade-register/trade-register.csv");
const text = new TextDecoder("latin1").decode(readFileSync(file));
const lines = text.split(/\r?\n/);
const header = lines.findIndex((l) => l.startsWith("Recipient,Supplier,"));
const rows: string[][] = parse(lines.slice(header + 1).join("\n"), { relax_column_count: true, skip_empty_lines: true });

interface Deal {
  readonly line: number;
  readonly recipient: string;
  readonly supplier: string;
  readonly designation: string;
  readonly delivered: string;
  readonly deliveredUncertain: boolean;
  readonly perUnit: string;
  readonly tivDelivered: string;
}

const deals: Deal[] = rows
  .map((r, i) => ({
    line: header + 2 + i,
    recipient: r[0] ?? "",
    supplier: r[1] ?? "",
    designation: r[6] ?? "",
    delivered: r[8] ?? "",
    deliveredUncertain: r[9] === "?",
    perUnit: r[13] ?? "",
    tivDelivered: r[15] ?? "",
  }))
  .filter((d) => d.recipient !== "" && d.supplier !== "");

/** A number as SIPRI states it: uncertain ones are approximate. */
function stated(value: string, uncertain: boolean, unit: string): Estimate {
  const n = Number(value);
  return uncertain ? approx(n, unit, { text: `${value}?` }) : exact(n, unit, { text: value });
}

const numeric = deals.filter((d) =>
  [d.delivered, d.perUnit, d.tivDelivered].every((v) => v !== "" && Number.isFinite(Number(v))),
);

describe("SIPRI trade register as estimates", () => {
  it("is read whole", () => {
    expect(deals.length).toBeGreaterThan(20_000);
    expect(numeric.length).toBeGreaterThan(15_000);
  });

  it("states a figure marked '?' as approximate", () => {
    const uncertain = deals.filter((d) => d.deliveredUncertain && d.delivered !== "");
    expect(uncertain.length).toBeGreaterThan(100);
    for (const d of uncertain.slice(0, 200)) {
      expect(stated(d.delivered, true, "item").kind).toBe("approx");
    }
  });

  it("values delivered weapons at the unit value times the number, within SIPRI's rounding", () => {
    // Straightforward code: the product, and whether it lies within half a step of the stated last digit.
    const step = (s: string) => 10 ** -(s.split(".")[1]?.length ?? 0);
    const expectedAgree = numeric.filter(
      (d) => Math.abs(Number(d.perUnit) * Number(d.delivered) - Number(d.tivDelivered)) <= step(d.tivDelivered) / 2 + 1e-9,
    );
    const agree = numeric.filter((d) => {
      const product = multiply(exact(Number(d.perUnit), "TIV/item"), exact(Number(d.delivered), "item"));
      const value = applyHedge(approx(Number(d.tivDelivered), "TIV"), "rounding");
      // An exact product of zero cannot be widened by rounding: compare the point itself.
      return Number(d.tivDelivered) === 0 ? (product as { value: number }).value === 0 : overlaps(product, value);
    });
    // The two may differ only where the product sits on a rounding boundary, to floating-point precision
    // (0.89 × 45 = 40.05 against "40.1", whose rounding reaches down to 40.05).
    const ours = new Set(agree.map((d) => d.line));
    const theirs = new Set(expectedAgree.map((d) => d.line));
    const differ = numeric.filter((d) => ours.has(d.line) !== theirs.has(d.line));
    const onBoundary = (d: Deal) =>
      Math.abs(Math.abs(Number(d.perUnit) * Number(d.delivered) - Number(d.tivDelivered)) - step(d.tivDelivered) / 2) < 1e-9;
    expect(differ.filter((d) => !onBoundary(d))).toEqual([]);
    expect(differ.length).toBeLessThan(10);
    // Most of the register agrees; the rest are rows where SIPRI's totals were set another way.
    expect(agree.length / numeric.length).toBeGreaterThan(0.8);
  });

  it("totals what Russia received from North Korea and Iran, keeping uncertain counts approximate", () => {
    const rows = numeric.filter((d) => d.recipient === "Russia" && ["North Korea", "Iran"].includes(d.supplier));
    expect(rows.map((d) => d.designation)).toEqual(expect.arrayContaining(["Hwasong-11", "Shahed-136"]));
    const total = sumEstimates(rows.map((d) => stated(d.tivDelivered, false, "TIV")));
    const straightforward = rows.reduce((s, d) => s + Number(d.tivDelivered), 0);
    expect(total).toEqual({ kind: "exact", value: straightforward, unit: "TIV" });
    const counts = sumEstimates(rows.map((d) => stated(d.delivered, d.deliveredUncertain, "item")));
    expect(formatEstimate(counts)).toMatch(/^(about )?[\d,]+$/);
  });
});
