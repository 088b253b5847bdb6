// A claim id written more than once in a dataset is one problem: fogcount check
// reports it once, at the first repeat, with the position of every other copy
// (LINE:COL), in text and JSON, and fogcount report refuses the file the same way.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, lines, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** The line and column of the value of the `n`th (from 0) `needle` (a key and its value) in `text`, as `LINE:COL`. */
function at(text: string, needle: string, n = 0): string {
  let offset = -1;
  for (let k = 0; k <= n; k++) offset = text.indexOf(needle, offset + 1);
  offset += needle.indexOf(": ") + 2;
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before[before.length - 1] as string).length + 1}`;
}

/** The seed dataset with its claim `id` copied `copies` times to the end of its claims. */
function seedWith(id: string, copies: number): string {
  const dataset = JSON.parse(SEED_JSON) as { claims: Record<string, unknown>[] };
  const claim = dataset.claims.find((c) => c["id"] === id) as Record<string, unknown>;
  for (let k = 0; k < copies; k++) dataset.claims.push({ ...claim, text: `copy ${k}` });
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

const ID = '"id": "nis-2025-01-killed"';

describe("a claim id written twice", () => {
  const text = seedWith("nis-2025-01-killed", 1);
  const file = ws.file("twice.json", text);

  it("is one problem, at the copy, naming where the first is", () => {
    const run = fogcount(["check", file]);
    expect(run.status).toBe(2);
    expect(lines(run.stdout)).toEqual([
      `${file}:${at(text, ID, 1)}  error  duplicate-id  claims[16].id repeats the id "nis-2025-01-killed" of claims[3] (at ${at(text, ID)}): ids are unique within a section (give each claim an id of its own, or keep just one if they are the same claim)`,
    ]);
  });

  it("once in JSON too, and once when fogcount report refuses the file", () => {
    const json = JSON.parse(fogcount(["check", file, "--format", "json"]).stdout) as { errors: number; findings: { code: string; message: string }[] };
    expect(json.errors).toBe(1);
    expect(json.findings.map((f) => f.code)).toEqual(["duplicate-id"]);
    expect(json.findings[0]?.message).toContain(`of claims[3] (at ${at(text, ID)})`);
    const report = fogcount(["report", file]);
    expect(report.status).toBe(2);
    expect(lines(report.stderr).filter((l) => l.includes("duplicate-id"))).toHaveLength(1);
  });
});

describe("a claim id written three times", () => {
  const text = seedWith("nis-2025-01-killed", 2);
  const file = ws.file("thrice.json", text);

  it("is still one problem, naming both other copies with their positions", () => {
    expect(lines(fogcount(["check", file]).stdout)).toEqual([
      `${file}:${at(text, ID, 1)}  error  duplicate-id  claims[16].id repeats the id "nis-2025-01-killed" of claims[3] (at ${at(text, ID)}), as claims[17] (at ${at(text, ID, 2)}) does too: ids are unique within a section (give each claim an id of its own, or keep just one if they are the same claim)`,
    ]);
  });
});

describe("two different ids each written twice", () => {
  it("are two problems, one for each id", () => {
    const dataset = JSON.parse(seedWith("nis-2025-01-killed", 1)) as { claims: Record<string, unknown>[] };
    dataset.claims.push({ ...(dataset.claims[0] as Record<string, unknown>), text: "again" });
    const file = ws.file("two-ids.json", JSON.stringify(dataset, null, 2));
    const found = lines(fogcount(["check", file]).stdout);
    expect(found).toHaveLength(2);
    expect(found.map((l) => /repeats the id "([^"]+)"/.exec(l)?.[1])).toEqual(["nis-2025-01-killed", "nis-2025-04-casualties"]);
  });
});
