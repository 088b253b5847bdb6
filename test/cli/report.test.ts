// fogcount report, spawned as a user runs it: the bundled briefing in every
// format, the two clocks, colour only on a terminal, and files that are no dataset.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

import { CLI, fingerprint, fogcount, lines, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

const TITLE = "North Korean forces in Russia: the NIS briefing of April 2025";
const ESC = "\u001b[";

describe("fogcount report on the bundled briefing", () => {
  const run = fogcount(["report"]);
  const out = lines(run.stdout);

  it("opens with the report's title, and exits 0", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(out[0]).toBe(TITLE);
  });

  it("fits 80 columns, with no colour when not on a terminal", () => {
    expect(out.filter((l) => [...l].length > 80)).toEqual([]);
    expect(run.stdout).not.toContain(ESC);
  });

  it("prints the sources and the relay through a closed-door briefing and a lawmaker", () => {
    expect(run.stdout).toContain("\nSources\n=======\n");
    expect(run.stdout).toMatch(/kr-lee-seong-kweun\s+lawmaker\s+Lee Seong/);
    expect(run.stdout).toContain("- National Intelligence Service (kr-nis) → closed-door briefing with lawmakers\n  (closed briefing, 30 April 2025) → Lee Seong Kweun (kr-lee-seong-kweun,\n  lawmaker, 30 April 2025)\n");
  });

  it("adds up the dataset's waves with their working, reconciles its casualty breakdowns and balances its ledger", () => {
    expect(run.stdout).toContain("\nDeployments in all\n==================\n");
    expect(run.stdout).toContain("about 13,000–15,000 troops = 10,000–12,000 (National Intelligence Service,\nautumn 2024) + approximately 3,000 (National Intelligence Service, January–April\n2023)");
    expect(run.stdout).toContain("\nCasualty breakdowns\n===================\n");
    expect(run.stdout).toMatch(/killed\s+approximately 600\s+stated/);
    expect(run.stdout).toMatch(/wounded\s+about 4,100\s+derived/);
    expect(run.stdout).toContain("\nLedgers\n=======\n");
    expect(run.stdout.indexOf("\nLedgers\n")).toBeGreaterThan(run.stdout.indexOf("\nCasualty breakdowns\n"));
    expect(run.stdout.indexOf("\nLedgers\n")).toBeLessThan(run.stdout.indexOf("\nCheck findings\n"));
  });

  it("prints each indicator's revisions with their changes and the figure in force", () => {
    expect(run.stdout).toContain("kp-forces-in-russia · casualties · person — National Intelligence Service");
    expect(run.stdout).toMatch(/30 April\s+30 April\s+an estimated\s+up about 700\s+nis-2025-04-casualties/);
    expect(run.stdout).toContain("In force: an estimated 4,700 people (nis-2025-04-casualties), valid 30 April\n2025.");
    expect(run.stdout).toContain("In force: approximately 600 people (nis-2025-04-killed), valid 30 April 2025.");
  });

  it("ends with the check findings: the early 2023 increment", () => {
    const findings = run.stdout.slice(run.stdout.indexOf("Check findings"));
    expect(findings).toContain("1 error and 0 warnings");
    expect(findings).toContain("- error  increment-before-wave  claims[7].validTime\n    nis-2023-early-deployed adds approximately 3,000 people to");
  });
});

describe("the formats of fogcount report", () => {
  it("writes Markdown: a title, sections, pipe tables", () => {
    const run = fogcount(["report", "--format", "markdown"]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(run.stdout).toContain("\n## Sources\n\n| id | kind | name | country | claims | relayed |\n| --- | --- | --- | --- | --- | --- |\n| kr-nis |");
    expect(run.stdout).toContain("\n### kp-forces-in-russia · casualties · person — National Intelligence Service\n");
    expect(run.stdout).toContain("- error  increment-before-wave  claims\\[7\\].validTime<br>");
  });

  it("writes JSON: the metadata, the clocks, and each section's data", () => {
    const run = fogcount(["report", "--format", "json"]);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & { indicators: { key: string; revisions: unknown[]; inForce: string | null }[]; findings: { code: string }[]; sources: unknown[]; chains: unknown[] };
    expect(report["title"]).toBe(TITLE);
    expect(report["clocks"]).toEqual({ valid: null, known: null });
    // the four sources of the claims, and U.S. and South Korean intelligence, who allege the weapons of the ledger together
    expect(report.sources).toHaveLength(5);
    expect(report.chains).toHaveLength(4);
    const casualties = report.indicators.find((h) => h.key === "kp-forces-in-russia|casualties|person|||kr-nis");
    expect(casualties?.inForce).toBe("nis-2025-04-casualties");
    expect(casualties?.revisions).toEqual([
      { from: "nis-2025-03-casualties", to: "nis-2025-04-casualties", direction: "up", change: { kind: "approx", value: 700, unit: "person" }, days: 30 },
    ]);
    expect(report.findings.map((f) => f.code)).toEqual(["increment-before-wave"]);
  });

  it("reads the two clocks: what was believed at the end of March about March", () => {
    const run = fogcount(["report", "--valid", "2025-03-31", "--known", "2025-03-31", "--format", "json"]);
    const report = JSON.parse(run.stdout) as { clocks: unknown; indicators: { key: string; inForce: string | null; claims: { id: string }[] }[] };
    expect(report.clocks).toEqual({ valid: "2025-03-31", known: "2025-03-31" });
    const casualties = report.indicators.find((h) => h.key === "kp-forces-in-russia|casualties|person|||kr-nis");
    expect(casualties?.inForce).toBe("nis-2025-03-casualties");
    expect(report.indicators.flatMap((h) => h.claims.map((c) => c.id))).not.toContain("nis-2025-04-casualties");
    const text = fogcount(["report", "--valid", "2025-03-31", "--known", "2025-03-31"]).stdout;
    expect(text).toContain("Figures as known on 31 March 2025, for times up to 31 March 2025.");
    expect(text).toContain("In force: 4,000 people (nis-2025-03-casualties), valid March 2025.");
  });

  it("refuses a clock that is not a time, and a format it does not write", () => {
    const bad = fogcount(["report", "--known", "yesterday"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('fogcount report: --known must be an EDTF date or period such as 2025-04-30 or 2025-03, not "yesterday".\nRun "fogcount report --help" for usage.\n');
    expect(fogcount(["report", "--valid", "2025-01/.."]).stderr).toMatch(/^fogcount report: --valid 2025-01\/\.\. has no last day/);
    // a date with unknown digits is no time to ask about: a usage error, not an internal one
    expect(fogcount(["report", "--valid", "2025-XX"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^fogcount report: --valid 2025-XX has unspecified digits \(X\)/) });
    expect(fogcount(["report", "--known", "20XX"]).stderr).toMatch(/^fogcount report: --known 20XX has unspecified digits/);
    expect(fogcount(["report", "--format", "html"]).stderr).toMatch(/^fogcount report: --format must be text, markdown or json, not "html"/);
    expect(fogcount(["report", "--format", "jsno"]).stderr).toMatch(/\(did you mean json\?\)/);
  });
});

describe("colour", () => {
  /** Runs the command on a terminal, as a person at a shell does. */
  const onTerminal = (env: Record<string, string>) =>
    spawnSync("script", ["-qec", `${CLI} report`, "/dev/null"], { env: { PATH: process.env["PATH"] ?? "", TERM: "xterm", ...env }, encoding: "utf8" });

  it("is used on a terminal", () => {
    const run = onTerminal({});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${ESC}1m${"North Korean forces"}`);
    expect(run.stdout).toContain(`${ESC}31merror${ESC}39m`);
  });

  it("is never used with NO_COLOR", () => {
    const run = onTerminal({ NO_COLOR: "1" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(TITLE);
    expect(run.stdout).not.toContain(ESC);
  });
});

describe("fogcount report FILE", () => {
  it("reports on a dataset file, without changing it", () => {
    const path = ws.file("seed.json", SEED_JSON.replaceAll('"2023-01/2023-04"', '"2025-01/2025-04"'));
    const before = fingerprint(path);
    const run = fogcount(["report", "seed.json"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("From seed.json.");
    expect(run.stdout).toContain("The lint rules find nothing.");
    expect(fingerprint(path)).toBe(before);
  });

  it("prints the problems of a file that is no dataset, and exits 2", () => {
    ws.file("broken.json", '{"format": "fogcount-dataset/1",}');
    const run = fogcount(["report", "broken.json"], { cwd: ws.dir });
    expect(run).toEqual({ status: 2, stdout: "", stderr: "broken.json:1:32  error  not-json  a comma before }: JSON allows no trailing comma\n" });
    expect(fogcount(["report", "a.json", "b.json"]).stderr).toMatch(/^fogcount report: reports on one dataset file at a time/);
  });
});
