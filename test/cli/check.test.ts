// fogcount check, spawned as a user runs it: exit statuses, both output
// formats, positions in the file, and every kind of file that is no dataset.
import { truncateSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";

import { writeDataset } from "../../bench/dataset.js";
import { fingerprint, fogcount, lines, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** The line and column of the first `needle` in `text`, as `LINE:COL`. */
function at(text: string, needle: string, from = 0): string {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before[before.length - 1] as string).length + 1}`;
}

const seed = ws.file("nis-2025.json", SEED_JSON);
const fixed = ws.file("fixed.json", SEED_JSON.replaceAll('"2023-01/2023-04"', '"2025-01/2025-04"'));

describe("fogcount check on the seed dataset", () => {
  it("reports the early 2023 increment, where it is in the file, and nothing else: exit 1", () => {
    const before = fingerprint(seed);
    const run = fogcount(["check", seed]);
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${seed}:${at(SEED_JSON, '"2023-01/2023-04"')}  error  increment-before-wave  nis-2023-early-deployed adds approximately 3,000 people to kp-forces-in-russia deployed, dated 2023-01/2023-04 (January–April 2023): before nis-2024-autumn-deployed, the first wave it adds to, dated 2024-23 (autumn 2024). A slipped year?`,
    ]);
    expect(run.stderr).toBe("");
    expect(fingerprint(seed)).toBe(before);
  });

  it("prints nothing and exits 0 once the year reads 2025", () => {
    expect(fogcount(["check", fixed])).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("prints one JSON document with --format json", () => {
    const run = fogcount(["check", "--format", "json", seed, fixed]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: number; errors: number; warnings: number; unreadable: number; status: number; findings: Record<string, unknown>[] };
    expect([report.files, report.errors, report.warnings, report.unreadable, report.status]).toEqual([2, 1, 0, 0, 1]);
    const [line, column] = at(SEED_JSON, '"2023-01/2023-04"').split(":").map(Number);
    expect(report.findings).toEqual([
      expect.objectContaining({ file: seed, line, column, severity: "error", code: "increment-before-wave", path: ["claims", 7, "validTime"] }),
    ]);
  });

  it("takes a rule's severity from --rule, and a cumulative measure from --cumulative", () => {
    const run = fogcount(["check", "--rule", "increment-before-wave=warning", seed]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  warning  increment-before-wave  ");
    expect(fogcount(["check", "--rule", "increment-before-wave=off", seed])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(fogcount(["check", "--cumulative", "present", seed]).status).toBe(1);
  });
});

describe("fogcount check on files that are no dataset: one line with a position, exit 2", () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ["truncated.json", SEED_JSON.slice(0, SEED_JSON.indexOf('"National Intelligence Service"') + 9), /^truncated\.json:\d+:\d+  error  not-json  the file ends inside a string: truncated\?$/],
    ["cut.json", SEED_JSON.slice(0, SEED_JSON.lastIndexOf("}")), /^cut\.json:\d+:\d+  error  not-json  the file ends before the JSON does: truncated\? \(a closing \} was expected\)$/],
    ["trailing.json", SEED_JSON.replace('"date": "2025-04-30",\n', '"date": "2025-04-30",\n    "description": "x",\n  },\n  "x": {\n'), /^trailing\.json:\d+:\d+  error  not-json  a comma before \}: JSON allows no trailing comma$/],
    ["types.json", SEED_JSON.replace('"value": 4700', '"value": "4700"'), /^types\.json:\d+:\d+  error  invalid-dataset  claims\[0\]\.estimate\.value must be a number, got "4700"$/],
    ["binary.json", Buffer.from([0x7b, 0x0a, 0x22, 0x00, 0x01, 0xff, 0x22, 0x7d]), /^binary\.json:2:2  error  not-text  is a binary file, not text: it holds a NUL byte$/],
    ["latin1.json", Buffer.from('{"title": "Caf\xe9"}', "latin1"), /^latin1\.json:1:15  error  not-text  is not UTF-8 text: /],
    ["zero.json", '{"a": [1, 007]}', /^zero\.json:1:11  error  not-json  a number starts with 0: JSON numbers have no leading zero \(write the number without it, or the text as a string\)$/],
    ["negative-zero.json", '{"a": -01.5}', /^negative-zero\.json:1:7  error  not-json  a number starts with 0: /],
    ["empty.json", "", /^empty\.json:1:1  error  not-json  is empty: a dataset file holds one JSON object$/],
    ["newer.json", SEED_JSON.replace('"fogcount-dataset/1"', '"fogcount-dataset/2"'), /^newer\.json:2:13  error  unsupported-format  format is version 2 of the dataset format, written for a newer fogcount; this version reads "fogcount-dataset\/1": upgrade fogcount, or write the file as "fogcount-dataset\/1"$/],
    ["list.json", "[]", /^list\.json:1:1  error  invalid-dataset  the file is a list, not a dataset: /],
    ["tiny.json", SEED_JSON.replace('"value": 4700', '"value": 4.7e-400'), /^tiny\.json:\d+:\d+  error  unsafe-number  4\.7e-400 is too small for a number: JSON\.parse reads it as 0: write it as a number a double holds$/],
    ["half.json", SEED_JSON.replace(/"title": "/, '"title": "\\ud800'), /^half\.json:\d+:\d+  error  not-text  \\ud800 is half of a UTF-16 surrogate pair with no other half: no character, and a file written from the text would hold U\+FFFD in its place$/],
    ["twice.json", SEED_JSON.replace('"value": 4700', '"value": 4700, "value": 47000'), /^twice\.json:\d+:\d+  error  duplicate-key  "value" is named twice in one object \(first at \d+:\d+\): JSON\.parse would keep this one and drop the other without a word$/],
    ["dangling.json", SEED_JSON.replace('"originator": "kr-nis"', '"originator": "kr-nsi"'), /^dangling\.json:\d+:\d+  error  dangling-reference  claims\[0\]\.attribution\.originator names the source "kr-nsi", which is not in sources$/],
  ];

  it.each(cases)("%s", (name, content, expected) => {
    const path = ws.file(name, content);
    const before = fingerprint(path);
    const run = fogcount(["check", name], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(run.stdout.trimEnd()).toMatch(expected);
    expect(run.stderr).toBe("");
    expect(fingerprint(path)).toBe(before);
  });

  it("places a wrong type on the value itself", () => {
    const text = SEED_JSON.replace('"value": 4700', '"value": "4700"');
    ws.file("place.json", text);
    expect(fogcount(["check", "place.json"], { cwd: ws.dir }).stdout).toMatch(new RegExp(`^place\\.json:${at(text, '"4700"')}  `));
  });

  it("a file that does not exist, and a directory", () => {
    expect(fogcount(["check", "missing.json"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "missing.json:1:1  error  unreadable-file  does not exist\n", stderr: "" });
    expect(fogcount(["check", "."], { cwd: ws.dir })).toEqual({ status: 2, stdout: ".:1:1  error  unreadable-file  is a directory, not a file\n", stderr: "" });
  });

  it("a 50 MB file cut short: the line where it ends", { timeout: 300_000 }, () => {
    const path = ws.file("big.json", "");
    writeDataset(path, 50);
    truncateSync(path, 50 * 1024 * 1024 - 7);
    const before = fingerprint(path);
    const run = fogcount(["check", "big.json"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(run.stdout).toMatch(/^big\.json:\d{6,}:\d+  error  not-json  the file ends /);
    expect(fingerprint(path)).toBe(before);
  });

  it("exits 2 when one of several files cannot be read, reporting the others", () => {
    const run = fogcount(["check", seed, "missing.json"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(lines(run.stdout).map((l) => l.split("  ")[2])).toEqual(["increment-before-wave", "unreadable-file"]);
  });

  it("caps the problems of one file at a hundred", () => {
    const claims = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}` }));
    ws.file("many.json", JSON.stringify({ format: "fogcount-dataset/1", metadata: { title: "t", licence: "l", maintainer: "m", date: "2025-01-01" }, claims }));
    const out = lines(fogcount(["check", "many.json"], { cwd: ws.dir }).stdout);
    expect(out).toHaveLength(101);
    // the cut-off is a line of its own, with no place and no code: no editor puts it on a problem
    expect(out[100]).toMatch(/^many\.json: and [\d,]+ more problems, not shown$/);
  });

  it("--format json: the problems not shown are counted apart, never given as a finding, and counted as errors", () => {
    const claims = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}` }));
    ws.file("many2.json", JSON.stringify({ format: "fogcount-dataset/1", metadata: { title: "t", licence: "l", maintainer: "m", date: "2025-01-01" }, claims }));
    const json = JSON.parse(fogcount(["check", "many2.json", "--format", "json"], { cwd: ws.dir }).stdout) as { errors: number; notShown: number; findings: { message: string }[] };
    expect(json.findings).toHaveLength(100);
    expect(json.findings.some((f) => f.message.includes("not shown"))).toBe(false);
    expect(json.notShown).toBeGreaterThan(50);
    expect(json.errors).toBe(100 + json.notShown);
  });
});

describe("a large dataset", () => {
  it("goes through check in bounded memory (a 20 MB file with a 400 MB heap)", { timeout: 300_000 }, () => {
    const path = ws.file("scale.json", "");
    const claims = writeDataset(path, 20);
    expect(claims).toBeGreaterThan(20_000);
    const run = fogcount(["check", "--format", "json", "scale.json"], { cwd: ws.dir, node: ["--max-old-space-size=400"] });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1, errors: 0, unreadable: 0 });
  });
});

describe("fogcount check on a key that is no part of a dataset", () => {
  const dataset = JSON.parse(SEED_JSON) as Record<string, unknown>;
  const file = (name: string, extra: string) => ws.file(name, SEED_JSON.replace('"format":', `${extra}\n  "format":`));

  it("names the key once", () => {
    const x = file("key-x.json", '"x": 1,');
    const proto = file("key-proto.json", '"__proto__": {"x": 1},');
    const list = "($schema, format, metadata, sources, parties, claims, casualtyBreakdowns, deployments, ledgers): a misspelling, or a field of a newer fogcount?";
    expect(fogcount(["check", x]).stdout).toBe(`${x}:2:8  error  invalid-dataset  "x" is not a part of a dataset ${list}\n`);
    expect(fogcount(["check", proto]).stdout).toBe(`${proto}:2:16  error  invalid-dataset  "__proto__" is not a part of a dataset ${list}\n`);
  });

  it("names two keys and two misspellings once each", () => {
    const two = file("key-two.json", '"x y": 1, "z": 2,');
    expect(fogcount(["check", two]).stdout).toMatch(/ {2}invalid-dataset {2}"x y", "z" are not a part of a dataset \(/);
    const spelled = file("key-spelled.json", '"party": [], "waves": [],');
    expect(fogcount(["check", spelled]).stdout).toMatch(/ {2}invalid-dataset {2}party is spelled parties; waves is spelled deployments in a dataset\n$/);
  });

  it("keeps the path where the message does not name the key", () => {
    const meta = ws.file("key-license.json", JSON.stringify({ ...dataset, metadata: { ...(dataset["metadata"] as object), license: "CC0-1.0" } }));
    expect(fogcount(["check", meta]).stdout).toMatch(/ {2}invalid-dataset {2}metadata\.license is spelled licence in a dataset\n$/);
  });
});
