// A number in a dataset file that a double cannot hold as written is refused
// at its line and column, naming what was written and what it would be read
// as, by fogcount check and fogcount report, from a file or standard input.
// Numbers a double reads back as the same decimal are read as before.
import { afterAll, describe, expect, it } from "vitest";

import { fingerprint, fogcount, lines, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** The seed dataset with `"x": NUMBER` added to its metadata, where a number is a stray field but is read first. */
const withNumber = (token: string): string => SEED_JSON.replace('"metadata": {', `"metadata": {\n    "x": ${token},`);

/** The seed dataset with every `"value": 4700` written as `token`. */
const with4700 = (token: string): string => SEED_JSON.replaceAll('"value": 4700,', `"value": ${token},`);

const REFUSED = ": write it as a number a double holds";

describe("a number with more digits than a double holds", () => {
  it.each([
    ["4700.0000000000000000001", "4700"],
    ["-4700.0000000000000000001", "-4700"],
    ["12345678901234567890", "12345678901234567168"],
    ["12345678901234567890.5", "12345678901234567168"],
    ["9007199254740993", "9007199254740992"],
    ["0.10000000000000001", "0.1"],
    ["0.12345678901234567", "0.12345678901234566"],
    ["1.00000000000000000001e30", "1e+30"],
    ["4.9e-324", "5e-324"],
  ])("%s is refused at its place: it would be read as %s", (token, readAs) => {
    const path = ws.file("digits.json", with4700(token));
    const before = fingerprint(path);
    const run = fogcount(["check", "digits.json"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(`digits.json:67:18  error  unsafe-number  ${token} has more digits than a number holds: JSON.parse reads it as ${readAs}${REFUSED}\n`);
    expect(fingerprint(path)).toBe(before);
  });

  it("is refused by fogcount report, and from standard input, with the same line", () => {
    const text = with4700("4700.0000000000000000001");
    const line = "4700.0000000000000000001 has more digits than a number holds: JSON.parse reads it as 4700";
    ws.file("report.json", text);
    expect(fogcount(["report", "report.json"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "", stderr: `report.json:67:18  error  unsafe-number  ${line}${REFUSED}\n` });
    expect(fogcount(["report", "-"], { input: text })).toEqual({ status: 2, stdout: "", stderr: `<stdin>:67:18  error  unsafe-number  ${line}${REFUSED}\n` });
    expect(fogcount(["check", "-"], { input: text })).toMatchObject({ status: 2, stdout: `<stdin>:67:18  error  unsafe-number  ${line}${REFUSED}\n` });
  });

  it("is named in short when it is long, and read in linear time", () => {
    const token = `1${"0".repeat(2_000_000)}1e-2000001`;
    ws.file("long.json", withNumber(token));
    const run = fogcount(["check", "long.json"], { cwd: ws.dir, timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(`long.json:4:10  error  unsafe-number  100000000000000000000000…-2000001 (2000011 characters) has more digits than a number holds: JSON.parse reads it as 1${REFUSED}\n`);
  });
});

describe("a number too large or too small for a double", () => {
  it.each([
    ["1e400", "is too large for a number: JSON.parse reads it as Infinity"],
    ["-1e400", "is too large for a number: JSON.parse reads it as -Infinity"],
    ["-1e-400", "is too small for a number: JSON.parse reads it as 0"],
    ["1e99999999999999999999", "is too large for a number: JSON.parse reads it as Infinity"],
    [`1${"2".repeat(400)}`, "is too large for a number: JSON.parse reads it as Infinity"],
  ])("%s is refused at its place", (token, message) => {
    ws.file("range.json", withNumber(token));
    const shown = token.length > 40 ? `${token.slice(0, 24)}…${token.slice(-8)} (${token.length} characters)` : token;
    expect(fogcount(["check", "range.json"], { cwd: ws.dir })).toMatchObject({ status: 2, stdout: `range.json:4:10  error  unsafe-number  ${shown} ${message}${REFUSED}\n` });
  });
});

describe("numbers a double reads back as the same decimal", () => {
  const seed = fogcount(["check", "-"], { input: SEED_JSON });

  it.each(["4700.0", "4700.000", "4700.00000000000000000000", "4.7e3", "4.7E+3", "47e2", "470000e-2", "0.0000000000000000000000000047e30"])("%s reads as 4700", (token) => {
    const run = fogcount(["check", "-"], { input: with4700(token) });
    expect(run).toEqual(seed);
  });

  it.each(["0.1", "1e3", "1E-7", "4700.50", "-0", "0", "-0.0e5", "2.5e+3", "1.0", "9007199254740992", "12345678901234567168", "1.7976931348623157e308", "5e-324", "0.30000000000000004", "1e-300"])(
    "%s is read: the dataset check, not the reader, refuses the stray field",
    (token) => {
      const run = fogcount(["check", "-"], { input: withNumber(token) });
      expect(lines(run.stdout)).toEqual([expect.stringMatching(/^<stdin>:4:10 {2}error {2}invalid-dataset {2}metadata\.x is not a metadata field/)]);
    },
  );

  it("numbers inside strings are text, not numbers", () => {
    const text = SEED_JSON.replace('"description": "', '"description": "4700.0000000000000000001 1e400 12345678901234567890 ');
    expect(fogcount(["check", "-"], { input: text })).toEqual(seed);
  });
});
