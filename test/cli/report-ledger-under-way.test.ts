// fogcount report --valid: a ledger entry under way at the date asked about (begun by it,
// ending after it) is left out of the balance, since how much of it had passed is not known;
// the lines and nets it would fall in then say they are incomplete and name it, never an exact
// figure that omits it. An entry wholly after the date, and a report without --valid, are as before.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;

/** The seed dataset, its entries of unknown period dropped, and values in USD on two entries of each direction. */
function valued(drones = "2023-02/2023-03"): string {
  const d = JSON.parse(SEED_JSON) as { ledgers: { entries: Json[] }[] };
  const ledger = d.ledgers[0] as { entries: Json[] };
  const usd = (value: number) => ({ estimate: { kind: "exact", value, unit: "USD" }, basis: "stated" });
  const keep = ["kp-ru-troops-2024-autumn", "kp-ru-troops-2023-early", "ru-kp-drones"];
  ledger.entries = ledger.entries.filter((e) => keep.includes(e["id"] as string));
  for (const e of ledger.entries) {
    if (e["id"] === "kp-ru-troops-2023-early") e["value"] = usd(1_000_000);
    if (e["id"] === "kp-ru-troops-2024-autumn") e["value"] = usd(2_000_000);
    if (e["id"] === "ru-kp-drones") Object.assign(e, { period: drones, value: usd(300_000), stage: "delivered" });
  }
  return JSON.stringify(d, null, 2);
}

const balance = (text: string): string => text.slice(text.indexOf("\nBalance\n"), text.indexOf("Check findings")).replace(/\s+/g, " ");

describe("a ledger balanced at a date an entry is under way", () => {
  const path = ws.file("valued.json", valued());

  it("says the line and the net are incomplete, naming the entry", () => {
    const run = fogcount(["report", "--valid", "2024-10-15", path]);
    expect(run.status).toBe(0);
    const text = balance(run.stdout);
    expect(text).toContain("Incomplete on 15 October 2024: kp-ru-troops-2024-autumn was under way then");
    expect(text).toContain("incomplete: about 3,000 people, without kp-ru-troops-2024-autumn (under way)");
    expect(text).toMatch(/Incomplete: North Korea sent Russia, less what it received, .*leaves out kp-ru-troops-2024-autumn, under way then/);
  });

  it("says so in the JSON report", () => {
    const run = fogcount(["report", "--format", "json", "--valid", "2024-10-15", path]);
    const ledger = (JSON.parse(run.stdout) as { ledgers: Json[] }).ledgers[0] as { underWay: string[]; net: Json[] };
    expect(ledger.underWay).toEqual(["kp-ru-troops-2024-autumn"]);
    expect(ledger.net.every((n) => (n["incomplete"] as string[] | undefined)?.includes("kp-ru-troops-2024-autumn"))).toBe(true);
  });

  it("is exact where the entry begins after the date (near miss: not under way)", () => {
    const text = balance(fogcount(["report", "--valid", "2024-06-30", path]).stdout);
    expect(text).not.toContain("ncomplete");
    expect(text).toContain("about 3,000 people");
    expect(text).toMatch(/North Korea sent Russia, less what it received, at the stage delivered, in USD: about \$700,000|\$700,000/);
  });

  it("is exact without --valid, every entry counted", () => {
    const text = balance(fogcount(["report", path]).stdout);
    expect(text).not.toContain("ncomplete");
    expect(text).toContain("USD: $2,700,000.");
  });

  it("says so where nothing at all was counted by then", () => {
    const run = fogcount(["report", "--valid", "2023-02-15", path]);
    expect(run.stdout.replace(/\s+/g, " ")).toContain("Incomplete on 15 February 2023: kp-ru-troops-2023-early, ru-kp-drones were under way then");
  });

  it("names an entry under way in a category nothing else was counted in", () => {
    const text = balance(fogcount(["report", "--valid", "2024-10-15", ws.file("drones.json", valued("2024-10/2024-12"))]).stdout);
    expect(text).toContain("kp-ru-troops-2024-autumn, ru-kp-drones were under way then");
    expect(text).toContain("0 counted, 1 under way");
    expect(text).toContain("incomplete: nothing counted, without ru-kp-drones (under way)");
  });
});
