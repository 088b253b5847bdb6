// fogcount check - and fogcount report - read standard input, as extract - does,
// naming it <stdin> in positions.
import { describe, expect, it } from "vitest";

import { fogcount, SEED_JSON } from "./run.js";

describe("- for standard input", () => {
  it("is checked by fogcount check, its findings placed in <stdin>", () => {
    const run = fogcount(["check", "-"], { input: SEED_JSON });
    expect(run.stdout).toMatch(/^<stdin>:\d+:\d+ {2}error {2}increment-before-wave/m);
    expect(run.status).toBe(1);
  });

  it("names <stdin> for a problem of its JSON", () => {
    const run = fogcount(["check", "-"], { input: '{"format": "fogcount-dataset/1",}' });
    expect(run).toMatchObject({ status: 2, stdout: "<stdin>:1:32  error  not-json  a comma before }: JSON allows no trailing comma\n" });
  });

  it("is reported on by fogcount report", () => {
    const run = fogcount(["report", "-"], { input: SEED_JSON });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("From standard input.");
    expect(fogcount(["report", "-"], { input: "[" }).stderr).toMatch(/^<stdin>:1:2 {2}error {2}not-json/);
  });

  it("is named <stdin> by fogcount extract too, for text it cannot read", () => {
    expect(fogcount(["extract", "-"], { input: Buffer.from([0x41, 0x0a, 0xff]) })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^<stdin>:2:1 {2}error {2}not-text {2}is not UTF-8 text/) });
  });

  it("is read once", () => {
    expect(fogcount(["check", "-", "-"], { input: SEED_JSON }).stderr).toMatch(/^fogcount check: standard input \(-\) can be read once/);
  });
});
