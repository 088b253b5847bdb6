// The words of a report read as what they say: a fall is "down 15", not
// "down -15"; one day is "1 day"; "about" never stands before "at most"; a
// value keeps its currency; a list of choices ends with "or".
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;
const seed = (): Json & { claims: Json[]; ledgers: { entries: Json[] }[] } => JSON.parse(SEED_JSON) as Json & { claims: Json[]; ledgers: { entries: Json[] }[] };
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("the change column of a revision", () => {
  const dataset = seed();
  const first = dataset.claims.find((c) => c["id"] === "nis-2025-03-casualties") as Json;
  const indicator = { ...(first["indicator"] as Json), subject: "xx-forces" };
  const claim = (id: string, validTime: string, reportedAt: string, estimate: Json): Json => ({ ...first, id, indicator, validTime, reportedAt, estimate });
  dataset.claims.push(
    claim("d1", "2025-03-01", "2025-03-01", { kind: "approx", value: 100, unit: "person" }),
    claim("d2", "2025-03-02", "2025-03-02", { kind: "approx", value: 85, unit: "person" }),
    claim("d3", "2025-03-03", "2025-03-03", { kind: "exact", value: 1085, unit: "person" }),
  );
  ws.file("falls.json", JSON.stringify(dataset));
  const text = flat(fogcount(["report", "falls.json"], { cwd: ws.dir }).stdout);

  it("writes a fall by its size, and one day as a day", () => {
    expect(text).toContain("down about 15 in 1 day");
    expect(text).toContain("up about 1,000 in 1 day");
    expect(text).not.toMatch(/down about -|in 1 days|by by/);
  });
});

describe("the net value of a ledger", () => {
  const dataset = seed();
  const ledger = dataset.ledgers[0] as { entries: Json[] };
  // only the two entries valued, so that the net is bounded above
  ledger.entries = ledger.entries.filter((e) => e["id"] === "kp-ru-conventional-weapons" || e["id"] === "ru-kp-drones");
  const entries = ledger.entries;
  const value = (estimate: Json): Json => ({ estimate, basis: "stated" });
  for (const e of entries) {
    if (e["id"] === "kp-ru-conventional-weapons") e["value"] = value({ kind: "approx", value: 200_000_000, unit: "USD" });
    if (e["id"] === "ru-kp-drones") e["value"] = value({ kind: "atLeast", value: 50_000_000, unit: "USD" });
  }
  ws.file("net.json", JSON.stringify(dataset));
  const run = fogcount(["report", "net.json"], { cwd: ws.dir });

  it("puts about after at most, and keeps the currency", () => {
    expect(run.status).toBe(0);
    expect(flat(run.stdout)).toContain("at most about $150,000,000");
    expect(run.stdout).not.toMatch(/about at most|about unbounded/);
  });
});

describe("a list of choices", () => {
  it("ends with or", () => {
    expect(fogcount(["extract", "--format", "xml"]).stderr).toMatch(/^fogcount extract: --format must be text or json, not "xml"/);
  });
});

describe("the 80-column tables", () => {
  const dataset = seed();
  for (const e of dataset.ledgers[0]?.entries ?? []) if (e["id"] === "kp-ru-conventional-weapons") e["value"] = { estimate: { kind: "exact", value: 200_000_000, unit: "USD" }, basis: "stated" };
  ws.file("wide.json", JSON.stringify(dataset));
  const out = fogcount(["report", "wide.json"], { cwd: ws.dir }).stdout;

  it("never break inside a number or a word, and still fit 80 columns", () => {
    expect(out).toMatch(/^value {2,}\$200,000,000$|\s\$200,000,000(\s|$)/m);
    expect(out).not.toMatch(/\$200,000,0{0,2}(?!0)/);
    expect(out).not.toMatch(/approximat\s*\n/);
    expect(out.split("\n").filter((l) => [...l].length > 80)).toEqual([]);
  });
});
