// Input that once made the command fail with an internal error: each is now
// one line that says what is wrong and where, and exit status 2 — or, for a
// large dataset, a report.
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

describe("JSON nested too deep", () => {
  it("is one line with its position, not a stack overflow, in an array of arrays", () => {
    ws.file("deep.json", `${"[".repeat(5000)}${"]".repeat(5000)}`);
    const run = fogcount(["check", "deep.json"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("deep.json:1:257  error  not-json  nests more than 256 objects and arrays deep: no dataset does\n");
    expect(run.stderr).not.toContain("internal error");
  });

  it("is the same under metadata, for fogcount report", () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    ws.file("deep-metadata.json", SEED_JSON.replace('"metadata": {', `"metadata": {\n    "deep": ${deep},`));
    const run = fogcount(["report", "deep-metadata.json"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^deep-metadata\.json:4:\d+  error  not-json  nests more than 256 objects and arrays deep: no dataset does\n$/);
  });

  it("is read as it is up to 256 deep", () => {
    ws.file("ok.json", `${"[".repeat(256)}${"]".repeat(256)}`);
    expect(fogcount(["check", "ok.json"], { cwd: ws.dir }).stderr).not.toContain("nests");
  });
});

describe("a dataset of 40,000 claims", () => {
  it("is reported in text as in Markdown and JSON", () => {
    const dataset = JSON.parse(SEED_JSON) as { claims: Record<string, unknown>[] };
    const first = dataset.claims.find((c) => c["id"] === "nis-2025-03-casualties") as Record<string, unknown>;
    // one history of 40,000 revisions, a day apart, each row of its table four lines or more
    const day0 = Date.UTC(1900, 0, 1);
    for (let i = 0; i < 40_000; i++) {
      const validTime = new Date(day0 + i * 864e5).toISOString().slice(0, 10);
      dataset.claims.push({ ...first, id: `many-${i}-a-claim-with-a-long-identifier-as-scrapers-make-them`, validTime, reportedAt: "2025-04-30", estimate: { kind: "exact", value: 4000 + (i % 2) * 1000, unit: "person" } });
    }
    ws.file("many.json", JSON.stringify(dataset));
    const run = fogcount(["report", "many.json"], { cwd: ws.dir });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("many-39999-a-claim");
    expect(run.stdout.split("\n").length).toBeGreaterThan(200_000);
  });
});

describe("fogcount schema --out where no folder can be made", () => {
  it("names a path that is a file", () => {
    const file = ws.file("taken", "");
    const run = fogcount(["schema", "--out", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out ${file} is a file, not a folder.\nRun "fogcount schema --help" for usage.\n`);
  });

  it("names a path under a file", () => {
    const file = ws.file("taken2", "");
    const run = fogcount(["schema", "--out", join(file, "schemas")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out ${join(file, "schemas")} cannot be made: ${file} is a file, not a folder.\nRun "fogcount schema --help" for usage.\n`);
  });

  it("names a folder it may not write to", () => {
    const dir = join(ws.dir, "locked");
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const run = fogcount(["schema", "--out", join(dir, "schemas")]);
    chmodSync(dir, 0o700);
    if (process.getuid?.() === 0) return; // root may write anywhere
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out ${join(dir, "schemas")} cannot be written: permission denied.\nRun "fogcount schema --help" for usage.\n`);
    expect(existsSync(join(dir, "schemas"))).toBe(false);
  });
});
