// fogcount extract and schema, and what every command does with help, a
// version, and a command line it cannot take: a message, never a stack trace.
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";

import { fingerprint, fogcount, lines, ROOT, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());
const article = readFileSync(new URL("../../../shared/seed/nis-briefing-2025.txt", import.meta.url), "utf8");
const articleFile = ws.file("article.txt", article);

describe("fogcount extract", () => {
  it("prints every figure of the article in a table that fits 80 columns", () => {
    const before = fingerprint(articleFile);
    const run = fogcount(["extract", "article.txt"], { cwd: ws.dir });
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toMatch(/^at\s+figure\s+kind\s+reads as\s+modality\s+adds$/);
    expect(out.filter((l) => [...l].length > 80)).toEqual([]);
    expect(run.stdout).toMatch(/2:175\s+An estimated 4,700\s+approx\s+an estimated 4,700\s+asserted/);
    expect(run.stdout).toMatch(/Approximately 3,000\s+approx\s+approximately 3,000\s+asserted\s+yes/);
    expect(fingerprint(articleFile)).toBe(before);
  });

  it("writes JSON with lines, columns, offsets, modality and the increment flag", () => {
    const figures = JSON.parse(fogcount(["extract", "--format", "json", "article.txt"], { cwd: ws.dir }).stdout) as { line: number; column: number; start: number; end: number; text: string; modality: string; increment: boolean }[];
    expect(figures).toHaveLength(10);
    const more = figures.find((f) => f.text === "Approximately 3,000 additional troops");
    expect(more).toMatchObject({ modality: "asserted", increment: true, line: 13, column: 3 });
    for (const f of figures) expect(article.slice(f.start, f.end)).toBe(f.text);
  });

  it("reads standard input for -, and when it is piped in", () => {
    const input = "Pyongyang decided to send another 3,000 troops.";
    const expected = [{ line: 1, column: 27, text: "another 3,000 troops", start: 26, end: 46, modality: "planned", increment: true }];
    for (const args of [["extract", "-", "--format", "json"], ["extract", "--format", "json"]]) {
      const figures = JSON.parse(fogcount(args, { input }).stdout) as unknown[];
      expect(figures).toEqual([expect.objectContaining(expected[0])]);
    }
    expect(fogcount(["extract"], { input: "No figures here." }).stdout).toBe("No figures found.\n");
  });

  it("counts lines ended by \\n, \\r\\n or a lone \\r alike", () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const input = `First line.${end}${end}Russia sent 3,000 troops.${end}`;
      const [figure] = JSON.parse(fogcount(["extract", "--format", "json"], { input }).stdout) as { line: number; column: number }[];
      expect([JSON.stringify(end), figure?.line, figure?.column]).toEqual([JSON.stringify(end), 3, 13]);
    }
  });

  it("refuses a binary file or a missing one with one line, exit 2", () => {
    ws.file("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(fogcount(["extract", "image.png"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "", stderr: "image.png:3:1  error  not-text  is a binary file, not text: it holds a NUL byte\n" });
    expect(fogcount(["extract", "nope.txt"], { cwd: ws.dir }).stderr).toBe("nope.txt:1:1  error  unreadable-file  does not exist\n");
  });
});

describe("fogcount schema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // the one format the schemas use; ajv leaves formats to a plug-in
  ajv.addFormat("uri", { type: "string", validate: (s: string) => URL.canParse(s) });
  const shipped = join(ROOT, "dist/schema");
  const require = createRequire(import.meta.url);

  it("prints the dataset's JSON Schema", () => {
    const schema = JSON.parse(fogcount(["schema"]).stdout) as Record<string, unknown>;
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["title"]).toBe("fogcount dataset");
  });

  it("writes every part with --out, the files the package ships as fogcount/schema/*.json", () => {
    const run = fogcount(["schema", "--out", "schemas"], { cwd: ws.dir });
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    const written = readdirSync(join(ws.dir, "schemas")).sort();
    expect(written).toEqual([
      "attribution.json",
      "casualty-breakdown.json",
      "claim.json",
      "dataset.json",
      "deployment.json",
      "estimate.json",
      "indicator.json",
      "ledger-entry.json",
      "ledger.json",
      "metadata.json",
      "party.json",
      "relay-step.json",
      "source.json",
    ]);
    expect(readdirSync(shipped).sort()).toEqual(written);
    for (const file of written) expect(readFileSync(join(ws.dir, "schemas", file), "utf8")).toBe(readFileSync(join(shipped, file), "utf8"));
    expect(require.resolve("fogcount/schema/dataset.json")).toBe(join(shipped, "dataset.json"));
  });

  it("the shipped schemas validate the seed dataset and its parts with an independent validator", () => {
    const dataset = JSON.parse(SEED_JSON) as { metadata: unknown; sources: unknown[]; claims: { estimate: unknown; indicator: unknown; attribution: unknown }[] };
    const validate = (part: string, value: unknown) => ajv.validate(JSON.parse(readFileSync(require.resolve(`fogcount/schema/${part}.json`), "utf8")) as object, value);
    expect(validate("dataset", dataset)).toBe(true);
    expect(validate("metadata", dataset.metadata)).toBe(true);
    expect(dataset.sources.every((s) => validate("source", s))).toBe(true);
    expect(dataset.claims.every((c) => validate("claim", c) && validate("estimate", c.estimate) && validate("indicator", c.indicator) && validate("attribution", c.attribution))).toBe(true);
  });

  it("validate the seed's parties, casualty breakdowns, deployment waves, ledgers and ledger entries", () => {
    const dataset = JSON.parse(SEED_JSON) as Record<"parties" | "casualtyBreakdowns" | "deployments", unknown[]> & { ledgers: { entries: unknown[] }[] };
    const validate = (part: string, value: unknown) => ajv.validate(JSON.parse(readFileSync(require.resolve(`fogcount/schema/${part}.json`), "utf8")) as object, value);
    expect([dataset.parties.length, dataset.casualtyBreakdowns.length, dataset.deployments.length, dataset.ledgers.length]).toEqual([2, 2, 2, 1]);
    expect(dataset.parties.every((p) => validate("party", p))).toBe(true);
    expect(dataset.casualtyBreakdowns.every((b) => validate("casualty-breakdown", b))).toBe(true);
    expect(dataset.deployments.every((d) => validate("deployment", d))).toBe(true);
    expect(dataset.ledgers.every((l) => validate("ledger", l) && l.entries.every((e) => validate("ledger-entry", e)))).toBe(true);
    // and refuse what is none of them
    const [entry] = (dataset.ledgers[0] as { entries: Record<string, unknown>[] }).entries;
    expect(validate("ledger-entry", { ...entry, evidence: "rumoured" })).toBe(false);
    expect(validate("party", { id: "kp", code: "kp", name: "North Korea" })).toBe(false);
    expect(validate("casualty-breakdown", { ...(dataset.casualtyBreakdowns[0] as object), wounded: 0.5 })).toBe(false);
    expect(validate("dataset", { ...dataset, ledgers: [{ id: "x", parties: ["kp"], entries: [] }] })).toBe(false);
  });

  it("and refuse what is no dataset", () => {
    const schema = JSON.parse(readFileSync(join(shipped, "dataset.json"), "utf8")) as object;
    const dataset = JSON.parse(SEED_JSON) as { claims: { estimate: { value?: unknown } }[] };
    expect(ajv.validate(schema, { ...dataset, format: "fogcount-dataset/2" })).toBe(false);
    expect(ajv.validate(schema, { ...dataset, deployment: [] })).toBe(false);
    expect(ajv.validate(schema, { ...dataset, metadata: { ...(dataset as unknown as { metadata: object }).metadata, url: "not a url" } })).toBe(false);
    (dataset.claims[0] as { estimate: { value?: unknown } }).estimate.value = "4700";
    expect(ajv.validate(schema, dataset)).toBe(false);
  });

  it("prints one part, and names the parts there are", () => {
    expect(JSON.parse(fogcount(["schema", "--part", "estimate"]).stdout)).toMatchObject({ title: "fogcount estimate" });
    const bad = fogcount(["schema", "--part", "claims"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^fogcount schema: --part must be dataset, metadata, source, party, claim, casualty-breakdown, deployment, ledger, ledger-entry, .* not "claims" \(did you mean claim\?\)/);
  });
});

describe("help, version and mistakes", () => {
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

  it("prints the version", () => {
    expect(fogcount(["--version"])).toEqual({ status: 0, stdout: `fogcount ${version}\n`, stderr: "" });
  });

  it("prints help for the command and for each command", () => {
    for (const args of [[], ["--help"], ["-h"], ["help"]]) {
      const run = fogcount(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: fogcount <command> \[options\]\n/);
    }
    for (const command of ["check", "report", "extract", "schema"]) {
      for (const args of [[command, "--help"], [command, "-h"], ["help", command], [command, "x.json", "--help"]]) {
        const run = fogcount(args);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^Usage: fogcount ${command} `));
        expect(lines(run.stdout).filter((l) => l.length > 80)).toEqual([]);
      }
    }
  });

  it("says what is wrong with a command line, and where to look, without a stack trace: exit 2", () => {
    const cases: [string[], string][] = [
      [["chek", "x.json"], 'fogcount: there is no command "chek" (did you mean check?); the commands are check, report, extract, schema.\nRun "fogcount --help" for usage.\n'],
      [["--verison"], 'fogcount: unknown option --verison (did you mean --version?); the commands are check, report, extract, schema.\nRun "fogcount --help" for usage.\n'],
      [["check", "--fromat", "json", "x.json"], 'fogcount check: unknown option --fromat (did you mean --format?).\nRun "fogcount check --help" for usage.\n'],
      [["check"], 'fogcount check: give one or more dataset files to check.\nRun "fogcount check --help" for usage.\n'],
      [["check", "--format"], 'fogcount check: option --format needs a value.\nRun "fogcount check --help" for usage.\n'],
      [["check", "--rule", "unit-mismatch", "x.json"], 'fogcount check: --rule takes CODE=SETTING, such as unknown-as-zero=error, not "unit-mismatch".\nRun "fogcount check --help" for usage.\n'],
      [["check", "--rule", "unit-mismatch=fatal", "x.json"], 'fogcount check: --rule unit-mismatch=fatal: the setting must be error, warning or off.\nRun "fogcount check --help" for usage.\n'],
      [["check", "--cumulative", "kia", "x.json"], expect.stringMatching(/^fogcount check: --cumulative "kia" is not a measure: one of killed, wounded/) as unknown as string],
      [["schema", "out"], expect.stringMatching(/^fogcount schema: takes no file/) as unknown as string],
      [["extract", "a.txt", "b.txt"], expect.stringMatching(/^fogcount extract: reads one article at a time/) as unknown as string],
    ];
    for (const [args, stderr] of cases) {
      const run = fogcount(args);
      expect({ args, ...run }).toEqual({ args, status: 2, stdout: "", stderr });
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const rule = fogcount(["check", "--rule", "unit-mismatches=off", "x.json"]);
    expect(rule.stderr).toMatch(/^fogcount check: --rule unit-mismatches: there is no such rule \(did you mean unit-mismatch\?\); the rules are invalid-interval, /);
  });
});

describe("fogcount schema --help", () => {
  it("lists every part --part takes", () => {
    const refused = fogcount(["schema", "--part", "nope"]).stderr;
    const parts = (/--part must be (.+), not "nope"/.exec(refused)?.[1] ?? "").split(/, | or /);
    expect(parts.length).toBeGreaterThan(8);
    const help = fogcount(["schema", "--help"]).stdout.replace(/\s+/g, " ");
    for (const part of parts) expect(help).toMatch(new RegExp(`[ :,]${part}[,. ]`));
  });
});
