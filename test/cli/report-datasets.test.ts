// fogcount report on datasets other than the bundled briefing: a ledger that
// cannot be balanced, a ledger valued in one currency both ways, and a
// dataset with claims only, read as before.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("a ledger with an entry to a country that is not one of its parties", () => {
  const seed = JSON.parse(SEED_JSON) as { ledgers: { entries: { id: string; to: string }[] }[] };
  const drones = seed.ledgers[0]?.entries.find((e) => e.id === "ru-kp-drones") as { to: string };
  drones.to = "IR";
  ws.file("mismatch.json", JSON.stringify(seed, null, 2));

  it("cannot be balanced: the section says so in one sentence naming the entry, and the report still prints, exit 0", () => {
    const run = fogcount(["report", "mismatch.json"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const ledgers = run.stdout.slice(run.stdout.indexOf("\nLedgers\n"), run.stdout.indexOf("\nCheck findings\n"));
    expect(flat(ledgers)).toContain("kp-ru-exchange: North Korea (KP) and Russia (RU) kp-ru-exchange cannot be balanced: entry ru-kp-drones goes to IR, which is not one of its parties (KP, RU).");
    expect(ledgers).not.toContain("Balance");
    for (const title of ["Sources", "Indicators and their revisions", "Deployments in all", "Casualty breakdowns", "Check findings"]) expect(run.stdout).toContain(`\n${title}\n`);
  });

  it("in Markdown and JSON too", () => {
    const md = fogcount(["report", "mismatch.json", "--format", "markdown"], { cwd: ws.dir });
    expect(md.status).toBe(0);
    expect(md.stdout).toContain("\n### kp-ru-exchange: North Korea (KP) and Russia (RU)\n\nkp-ru-exchange cannot be balanced: entry ru-kp-drones goes to IR, which is not one of its parties (KP, RU).\n");
    const run = fogcount(["report", "mismatch.json", "--format", "json"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    const [ledger] = (JSON.parse(run.stdout) as { ledgers: Record<string, unknown>[] }).ledgers;
    expect(ledger).toMatchObject({ id: "kp-ru-exchange", balanced: false, problem: { item: "ru-kp-drones", code: "IR" } });
  });
});

const attribution = { originator: "xx-spy" };
const entry = (id: string, from: string, more: Record<string, unknown>) => ({ id, from, to: from === "KP" ? "RU" : "KP", stage: "delivered", evidence: "reported", period: "2024", attribution, ...more });
const valued = {
  format: "fogcount-dataset/1",
  metadata: { title: "Shells and oil", licence: "CC0-1.0", maintainer: "Data desk", date: "2025-05-01" },
  sources: [{ id: "xx-spy", kind: "intelligence-agency", name: "Example Intelligence Service", country: "KR" }],
  parties: [{ id: "kp", code: "KP", name: "North Korea" }, { id: "ru", code: "RU", name: "Russia" }],
  ledgers: [{
    id: "kp-ru",
    parties: ["kp", "ru"],
    entries: [
      entry("shells", "KP", { category: "munitions", item: "artillery shells", quantity: { kind: "atLeast", value: 1_000_000, unit: "shell" }, value: { estimate: { kind: "range", low: 1e9, high: 2e9, unit: "USD" }, basis: "stated" } }),
      entry("oil", "RU", { category: "energy", item: "refined oil", value: { estimate: { kind: "exact", value: 3e8, unit: "USD" }, basis: "stated" } }),
      entry("missiles", "RU", { category: "munitions", item: "air defense missiles" }),
    ],
  }],
};

describe("a ledger valued in one currency both ways", () => {
  ws.file("valued.json", JSON.stringify(valued, null, 2));

  it("shows the values, and a net only as far as the unvalued entries allow", () => {
    const run = fogcount(["report", "valued.json"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    // a table fits 80 columns, and breaks a range of money after its dash rather than inside a number
    expect(run.stdout.split("\n").filter((l) => [...l].length > 80)).toEqual([]);
    expect(run.stdout).toMatch(/\$1,000,000,000–\n\s+(1,000,000 shells\s+)?\$2,000,000,000\n/);
    const md = fogcount(["report", "valued.json", "--format", "markdown"], { cwd: ws.dir }).stdout;
    expect(md).toContain("| munitions | artillery shells | at least 1,000,000 shells | delivered | reported | 2024 | $1,000,000,000–$2,000,000,000 |");
    expect(md).toContain("| RU → KP | munitions | delivered | 1 reported | unknown | unknown |");
    const text = flat(run.stdout);
    expect(text).toContain("North Korea sent Russia, less what it received, at the stage delivered, in USD: at most $1,700,000,000; 0 of the entries KP sent and 1 of those it received are not valued in USD, so worth an unknown amount.");
    expect(text).not.toContain("No net value");
    const [ledger] = (JSON.parse(fogcount(["report", "valued.json", "--format", "json"], { cwd: ws.dir }).stdout) as { ledgers: { net: unknown[] }[] }).ledgers;
    expect(ledger?.net).toEqual([expect.objectContaining({ stage: "delivered", unit: "USD", from: "KP", to: "RU", net: { high: 1_700_000_000, lowOpen: true, highOpen: false }, unvalued: [0, 1] })]);
  });
});

describe("a dataset with claims and no breakdowns, waves or ledgers", () => {
  const seed = { ...(JSON.parse(SEED_JSON) as Record<string, unknown>), casualtyBreakdowns: [], deployments: [], ledgers: [] };
  ws.file("claims.json", JSON.stringify(seed, null, 2));

  it("is read from its claims, as before", () => {
    const run = fogcount(["report", "claims.json"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    // the waves of the claims, read as the deployment room reads them: the additional 3,000 adds to the autumn wave, and its date is named as a slip
    expect(flat(run.stdout)).toContain("about 13,000–15,000 troops = 10,000–12,000 (National Intelligence Service, autumn 2024) + approximately 3,000 (National Intelligence Service, January–April 2023) (waves in force on 30 November 2024; nis-2023-early-deployed adds to nis-2024-autumn-deployed but is dated before it)");
    expect(flat(run.stdout)).toContain("warning increment-before-base:");
    // the claims do not say what the total counts, so no breakdown is made of it, and the report says why
    expect(flat(run.stdout)).toContain("No breakdown: the total nis-2025-04-casualties does not say which parts it counts (killed, wounded, missing, captured), and sources count different parts, so its parts cannot be checked against it; list them in its indicator.includes.");
    expect(run.stdout).not.toContain("breakdownFromClaims");
    // nor a share of the casualties killed, which would rest on that breakdown
    expect(run.stdout).not.toContain("of the casualties killed =");
    expect(run.stdout).not.toContain("\nLedgers\n");
  });
});
