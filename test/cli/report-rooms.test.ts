// fogcount report on the sections of a dataset past its claims, spawned as a
// user runs it: each ledger's two directions and balance, the casualty
// breakdowns reconciled, the deployment waves totalled, in every format and
// on both clocks; a ledger that cannot be balanced; datasets without them.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** Text with its line breaks and runs of spaces as single spaces, to find a sentence wherever it wraps. */
const flat = (text: string): string => text.replace(/\s+/g, " ");
/** The text of one section of a text report. */
const section = (text: string, title: string): string => {
  const start = text.indexOf(`\n${title}\n${"=".repeat(title.length)}\n`);
  if (start < 0) return "";
  const next = text.slice(start + title.length + 2).search(/\n[^\n]+\n=+\n/);
  return next < 0 ? text.slice(start) : text.slice(start, start + title.length + 2 + next);
};
const json = (args: readonly string[], cwd?: string) => JSON.parse(fogcount([...args, "--format", "json"], cwd === undefined ? {} : { cwd }).stdout) as Record<string, unknown>;

interface LedgerData {
  id: string;
  balanced: boolean;
  problem?: { item: string; code: string; message: string };
  directions: { from: string; to: string; entries: { id: string }[]; lines: { category: string; quantities: { total: unknown }[]; unknown: unknown }[] }[];
  net: { stage: string; unit: string; net: unknown; text: string }[];
  valuations: { id: string; value: { estimate: unknown } }[];
  noneObserved: { id: string; evidence: string }[];
  leftOut: { id: string; why: string }[];
}

describe("the ledger section on the bundled briefing", () => {
  const text = section(fogcount(["report"]).stdout, "Ledgers");

  it("sets both directions side by side, entry by entry as stated", () => {
    expect(text).toContain("kp-ru-exchange: North Korea (KP) and Russia (RU)");
    expect(text.indexOf("North Korea → Russia")).toBeLessThan(text.indexOf("Russia → North Korea"));
    expect(text).toMatch(/personnel\s+troops\s+10,000–12,000\s+delivered\s+reported\s+autumn 2024/);
    expect(text).toMatch(/weapon-systems\s+conventional\s+unknown\s+delivered\s+alleged/);
    expect(text).toMatch(/munitions\s+air defense\s+unknown\s+delivered\s+reported/);
  });

  it("balances them: totals per unit, the unknown counted and never shown as 0, no net made up", () => {
    expect(text).toMatch(/KP → RU\s+personnel\s+delivered\s+2 reported\s+about 13,000–15,000\s+unknown/);
    expect(text).toMatch(/RU → KP\s+technology\s+delivered\s+2 reported\s+unknown\s+unknown/);
    expect(text).not.toMatch(/\b0 (people|USD)\b/);
    expect(flat(text)).toContain("No net value: no stage is valued in one currency or index in both directions, and an unknown value is never taken as 0.");
  });

  it("lists the valuation in the billions and the cash payments nobody observed apart", () => {
    expect(flat(text)).toContain('- military supplies exchanged, the exchange as a whole: billions, in no named currency (stated as "in the billions")');
    expect(flat(text)).toContain("- No indication of cash payments from Russia to North Korea (cash, by 30 April 2025): not zero, and in no total");
    expect(flat(text)).toContain('ru-kp-cash-payments, National Intelligence Service: "there are no indications that North Korea has received any cash payments in return for these supplies."');
  });

  it("writes Markdown: a heading per direction, pipe tables, lists", () => {
    const md = fogcount(["report", "--format", "markdown"]).stdout;
    expect(md).toContain("\n## Ledgers\n");
    expect(md).toContain("\n#### North Korea → Russia\n\n| category | item | quantity | stage | evidence | when |\n| --- | --- | --- | --- | --- | --- |\n| labor | laborers | around 15,000 people | delivered | reported | by 30 April 2025 |\n");
    expect(md).toContain("| KP → RU | personnel | delivered | 2 reported | about 13,000–15,000 people | unknown |");
    expect(md).toContain("- No indication of cash payments from Russia to North Korea (cash, by 30 April 2025): not zero, and in no total<br>");
  });

  it("writes JSON: the entries of each direction, the balance lines, the valuations and none-observed entries apart", () => {
    const [ledger] = json(["report"])["ledgers"] as LedgerData[];
    expect(ledger?.balanced).toBe(true);
    expect(ledger?.directions.map((d) => [d.from, d.to, d.entries.length])).toEqual([["KP", "RU", 4], ["RU", "KP", 4]]);
    const personnel = ledger?.directions[0]?.lines.find((l) => l.category === "personnel");
    expect(personnel?.quantities[0]?.total).toEqual({ kind: "range", low: 13000, high: 15000, unit: "person", approx: true });
    expect(ledger?.directions[1]?.lines.map((l) => l.unknown)).toEqual([{ quantity: 1, value: 1, currency: 0 }, { quantity: 2, value: 2, currency: 0 }, { quantity: 1, value: 1, currency: 0 }]);
    expect(ledger?.net).toEqual([]);
    expect(ledger?.valuations.map((v) => v.value.estimate)).toEqual([{ kind: "magnitude", order: "billions", unit: "unknown", text: "in the billions" }]);
    expect(ledger?.noneObserved.map((e) => [e.id, e.evidence])).toEqual([["ru-kp-cash-payments", "none-observed"]]);
    expect(ledger?.leftOut).toEqual([]);
  });
});

describe("the casualty and deployment sections on the bundled briefing", () => {
  const out = fogcount(["report"]).stdout;
  const casualties = flat(section(out, "Casualty breakdowns"));

  it("derives about 4,100 wounded from 4,700 less 600, with the working and the ratios", () => {
    expect(casualties).toContain("nis-2025-04-breakdown: North Korea, National Intelligence Service, valid 30 April 2025");
    expect(casualties).toMatch(/wounded about 4,100 derived/);
    expect(casualties).toContain("about 4,100 wounded = an estimated 4,700 casualties (National Intelligence Service, 30 April 2025) − approximately 600 killed (National Intelligence Service, 30 April 2025) (casualties count killed and wounded)");
    expect(casualties).toContain("about 13% of the casualties killed = approximately 600 killed (National Intelligence Service, 30 April 2025) ÷ an estimated 4,700 casualties");
    expect(casualties).toContain("about 6.8 wounded per killed = about 4,100 wounded ÷ approximately 600 killed (National Intelligence Service, 30 April 2025)");
    expect(casualties).toContain("about 3,000 casualties = about 300 killed (National Intelligence Service, January 2025) + about 2,700 wounded");
    expect(casualties).not.toContain("not-derivable");
  });

  it("writes the breakdowns, their derived figures and ratios as JSON", () => {
    const data = json(["report"])["casualties"] as { id: string; breakdown: { wounded: unknown }; derived: Record<string, { text: string }>; ratios: { label: string; estimate: { value: number } }[] }[];
    expect(data.map((b) => b.id)).toEqual(["nis-2025-04-breakdown", "nis-2025-01-breakdown"]);
    expect(data[0]?.breakdown.wounded).toEqual({ kind: "approx", value: 4100, unit: "person" });
    expect(data[0]?.derived["wounded"]?.text).toBe("about 4,100 wounded");
    expect(data[0]?.ratios.map((r) => [r.label, r.estimate.value.toFixed(3)])).toEqual([["of the casualties killed", "0.128"], ["wounded per killed", "6.833"]]);
  });

  it("totals the waves, and says why no total over time is given for the slipped year", () => {
    const text = flat(section(out, "Deployments in all"));
    expect(text).toContain("troops from North Korea (KP) to Russia (RU)");
    expect(text).toContain("nis-2023-early-deployed adds to nis-2024-autumn-deployed.");
    expect(text).toContain("about 13,000–15,000 troops = 10,000–12,000 (National Intelligence Service, autumn 2024) + approximately 3,000");
    expect(text).toContain("No total over time: on 2023-01-01, \"nis-2023-early-deployed\" (2023-01/2023-04) has begun but \"nis-2024-autumn-deployed\" (2024-23), which it adds to, has not");
    expect(text).toContain("warning increment-before-base:");
    const [troops] = json(["report"])["deployments"] as { total: { estimate: unknown }; findings: { code: string }[] }[];
    expect(troops?.total.estimate).toEqual({ kind: "range", low: 13000, high: 15000, unit: "person", approx: true });
    expect(troops?.findings.map((f) => f.code)).toEqual(["increment-before-base"]);
  });

  it("gives the total over time once the year reads 2025, and the total on --valid", () => {
    ws.file("fixed.json", SEED_JSON.replaceAll('"2023-01/2023-04"', '"2025-01/2025-04"'));
    const text = flat(section(fogcount(["report", "fixed.json"], { cwd: ws.dir }).stdout, "Deployments in all"));
    expect(text).toMatch(/from in all waves in force .* 30 April 2025 about 13,000–15,000 nis-2024-autumn-deployed, nis-2023-early-deployed/);
    expect(text).not.toContain("increment-before-base");
    const [troops] = json(["report", "fixed.json", "--valid", "2024-12-31"], ws.dir)["deployments"] as { total: { estimate: unknown } }[];
    expect(troops?.total.estimate).toEqual({ kind: "range", low: 10000, high: 12000, unit: "person" });
  });
});

describe("the two clocks", () => {
  it("--known before the briefing hides the ledger and the April breakdown, and names what it left out", () => {
    const run = fogcount(["report", "--known", "2025-03-31"]);
    expect(run.status).toBe(0);
    const text = section(run.stdout, "Ledgers");
    expect(flat(text)).toContain("Left out: kp-ru-troops-2024-autumn, kp-ru-troops-2023-early and 8 more, not yet public on 31 March 2025.");
    expect(text).not.toContain("North Korea → Russia");
    expect(text).not.toContain("No indication of cash payments");
    const report = json(["report", "--known", "2025-03-31"]);
    const [ledger] = report["ledgers"] as LedgerData[];
    expect([ledger?.directions, ledger?.valuations, ledger?.noneObserved, ledger?.leftOut.length]).toEqual([[], [], [], 10]);
    expect((report["casualties"] as { id: string }[]).map((b) => b.id)).toEqual(["nis-2025-01-breakdown"]);
  });

  it("--valid keeps the entries whose time ends by then", () => {
    const [ledger] = json(["report", "--valid", "2025-03-31"])["ledgers"] as LedgerData[];
    expect(ledger?.directions.flatMap((d) => d.entries.map((e) => e.id))).toEqual(["kp-ru-troops-2024-autumn", "kp-ru-troops-2023-early"]);
    expect(ledger?.leftOut.filter((l) => l.why === "valid-later")).toHaveLength(8);
  });
});
