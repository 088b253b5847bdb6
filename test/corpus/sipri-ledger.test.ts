// The ledger room over SIPRI's arms-transfers trade register: the North Korea
// → Russia and Iran → Russia ledgers the importer builds, checked against
// straightforward code over the same file. A "?" makes a figure approximate,
// an empty number is unknown (never zero), a 0 TIV is below 0.5 million.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { importSipriTradeRegister, SIPRI_TIV_UNIT } from "../../src/import/index.js";
import { balance, flows, summarizeLedger } from "../../src/ledger/index.js";
import type { BalanceLine, Ledger } from "../../src/ledger/index.js";

const file = resolve(import.meta.dirname, "../../../shared/data/sipri-trade-register/trade-register.csv");
const bytes = readFileSync(file);

// Straightforward code: the file as Latin-1 text, one row a line (none of the rows read here holds a comma
// or a line break in a field), the 16 columns by position.
const lines = new TextDecoder("latin1").decode(bytes).split("\n").map((l) => l.replace(/\r$/, ""));
const header = lines.findIndex((l) => l.startsWith("Recipient,Supplier,"));
interface Row {
  readonly ordered: string;
  readonly orderedUncertain: boolean;
  readonly delivered: string;
  readonly deliveredUncertain: boolean;
  readonly years: string;
  readonly tivOrder: string;
  readonly tivDelivered: string;
  readonly description: string;
}
function rows(supplier: string, recipient: string): Row[] {
  return lines
    .slice(header + 1)
    .filter((l) => l.startsWith(`${recipient},${supplier},`))
    .map((l) => l.split(","))
    .map((f) => ({ ordered: f[4] ?? "", orderedUncertain: f[5] === "?", delivered: f[8] ?? "", deliveredUncertain: f[9] === "?", years: f[10] ?? "", tivOrder: f[14] ?? "", tivDelivered: f[15] ?? "", description: f[7] ?? "" }));
}
const hasDelivery = (r: Row): boolean => (r.delivered !== "" && !(r.delivered === "0" && !r.deliveredUncertain)) || r.years !== "";
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const KP = { code: "KP", name: "North Korea" };
const IR = { code: "IR", name: "Iran" };
const RU = { code: "RU", name: "Russia" };

/** The one line of a direction at a stage (SIPRI rows are all weapon systems). */
function lineOf(l: Ledger, from: string, stage: "ordered" | "delivered"): BalanceLine | undefined {
  const d = balance(l, { stage }).directions.find((x) => x.from === from);
  expect(d?.lines.length ?? 0).toBeLessThanOrEqual(1);
  return d?.lines[0];
}

/** The checks one direction of a ledger must pass against the straightforward rows. */
function checkDirection(l: Ledger, from: string, expected: readonly Row[]): void {
  // entry counts: an order per row, a delivery per row that delivered something
  expect(flows(l, { from, stage: "ordered" })).toHaveLength(expected.length);
  expect(flows(l, { from, stage: "delivered" })).toHaveLength(expected.filter(hasDelivery).length);
  // delivered numbers, per weapon description
  const delivered = lineOf(l, from, "delivered");
  const units = [...new Set(expected.filter((r) => hasDelivery(r) && r.delivered !== "").map((r) => r.description))].sort();
  expect(delivered?.quantities.map((q) => q.unit) ?? []).toEqual(units);
  for (const q of delivered?.quantities ?? []) {
    const mine = expected.filter((r) => hasDelivery(r) && r.description === q.unit && r.delivered !== "");
    const n = sum(mine.map((r) => Number(r.delivered)));
    const uncertain = mine.some((r) => r.deliveredUncertain);
    expect(q.total).toEqual(uncertain ? { kind: "approx", value: n, unit: q.unit } : { kind: "exact", value: n, unit: q.unit });
  }
  expect(delivered?.unknown.quantity ?? 0).toBe(expected.filter((r) => hasDelivery(r) && r.delivered === "").length);
  // TIV of delivered weapons: the stated values, and [0, 0.5) for each 0
  const tivRows = expected.filter((r) => hasDelivery(r) && r.tivDelivered !== "");
  const zeros = tivRows.filter((r) => Number(r.tivDelivered) === 0).length;
  const low = sum(tivRows.map((r) => Number(r.tivDelivered)));
  const total = delivered?.indices.find((t) => t.unit === SIPRI_TIV_UNIT);
  if (tivRows.length === 0) expect(total).toBeUndefined();
  else if (zeros === 0) expect([total?.total.kind, (total?.total as { value: number }).value]).toEqual([expect.stringMatching(/^(exact|approx)$/), expect.closeTo(low, 9)]);
  else expect(total?.total).toMatchObject({ kind: "range", low: expect.closeTo(low, 9), high: expect.closeTo(low + 0.5 * zeros, 9) });
  expect(delivered?.money ?? []).toEqual([]);
  // orders: an empty number ordered is unknown, and so is the total it would give
  const ordered = lineOf(l, from, "ordered");
  expect(ordered?.unknown.quantity).toBe(expected.filter((r) => r.ordered === "").length);
  expect(ordered?.unknown.value).toBe(expected.filter((r) => r.ordered === "" || r.tivOrder === "").length);
  const approxOrders = expected.filter((r) => r.ordered !== "" && r.orderedUncertain).length;
  expect(flows(l, { from, stage: "ordered" }).filter((e) => e.quantity?.kind === "approx")).toHaveLength(approxOrders);
}

describe("SIPRI trade register as ledgers", () => {
  const kpRu = importSipriTradeRegister(bytes, { parties: [KP, RU] });
  const irRu = importSipriTradeRegister(bytes, { parties: [IR, RU] });

  it("builds the North Korea → Russia ledger: the Hwasong-11 and the M-1978 guns", () => {
    const rowsKp = rows("North Korea", "Russia");
    expect(rowsKp).toHaveLength(2);
    checkDirection(kpRu, "KP", rowsKp);
    expect(flows(kpRu, { from: "KP" })).toHaveLength(4);
    const [line] = balance(kpRu, { stage: "delivered" }).directions[0].lines;
    expect(line?.quantities.map((q) => [q.unit, q.total])).toEqual([
      ["self-propelled gun", { kind: "exact", value: 10, unit: "self-propelled gun" }],
      ["surface-to-surface missile", { kind: "exact", value: 100, unit: "surface-to-surface missile" }],
    ]);
    expect(line?.indices[0]?.total).toEqual({ kind: "exact", value: 255, unit: SIPRI_TIV_UNIT });
    // the Hwasong-11 order has no number ordered: its total TIV, written 0 in the register, is unknown
    const hwasong = kpRu.entries.find((e) => e.id === "sipri:KP-RU:2023:hwasong-11:ordered");
    expect([hwasong?.quantity, hwasong?.value, hwasong?.period]).toEqual([undefined, undefined, "2023?"]);
  });

  it("builds the Iran → Russia ledger: Shahed and Mohajer drones and Fath-360 missiles", () => {
    const rowsIr = rows("Iran", "Russia");
    expect(rowsIr).toHaveLength(5);
    checkDirection(irRu, "IR", rowsIr);
    const [line] = balance(irRu, { stage: "delivered" }).directions[0].lines;
    expect(line?.entries).toBe(4);
    expect(line?.indices[0]?.total).toEqual({ kind: "exact", value: 493, unit: SIPRI_TIV_UNIT });
    expect(line?.quantities.find((q) => q.unit === "one-way attack drone")?.total).toEqual({ kind: "exact", value: 4700, unit: "one-way attack drone" });
    // the Shahed-238: nothing ordered is known, nothing delivered
    expect(irRu.entries.filter((e) => e.id.includes("shahed-238")).map((e) => [e.stage, e.quantity, e.value])).toEqual([["ordered", undefined, undefined]]);
  });

  it("reads what Russia sent back the same way", () => {
    checkDirection(kpRu, "RU", rows("Russia", "North Korea"));
    checkDirection(irRu, "RU", rows("Russia", "Iran"));
    expect(flows(irRu, { from: "RU" }).length).toBeGreaterThan(50);
  });

  it("nets TIV between the directions only per stage, and never as money", () => {
    const net = balance(irRu).net;
    expect(net.every((n) => n.basis === "index" && n.unit === SIPRI_TIV_UNIT)).toBe(true);
    const delivered = net.find((n) => n.stage === "delivered");
    const [sent, received] = [lineOf(irRu, "IR", "delivered"), lineOf(irRu, "RU", "delivered")];
    const value = (l: BalanceLine | undefined) => l?.indices[0]?.total;
    expect(delivered?.net.low).toBeCloseTo((value(sent) as { value: number }).value - ((value(received) as { high?: number; value?: number }).high ?? (value(received) as { value: number }).value), 6);
    expect(delivered?.from).toBe("IR");
  });

  it("summarises each ledger to what its balance reads, through JSON", () => {
    for (const l of [kpRu, irRu]) expect(balance(JSON.parse(JSON.stringify(summarizeLedger(l))))).toEqual(balance(l));
  });
});
