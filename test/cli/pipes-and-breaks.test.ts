// A file that is a pipe ("fogcount check <(gunzip -c data.json.gz)") is read to its end, as
// standard input is; a line break written as it is inside a JSON string is named where it is.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

import { CLI, fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

describe("a pipe given as a file", () => {
  it("is read as the file it carries", () => {
    const path = ws.file("seed.json", SEED_JSON);
    const piped = spawnSync("bash", ["-c", `node "${CLI}" check <(cat "${path}")`], { encoding: "utf8" });
    const direct = fogcount(["check", "seed.json"], { cwd: ws.dir });
    expect(piped.status).toBe(direct.status);
    expect(piped.stdout.replace(/^\/dev\/fd\/\d+:/gm, "seed.json:")).toBe(direct.stdout);
  });
});

describe("a line break inside a string", () => {
  it("is named at the break, not at the end of the file", () => {
    ws.file("broken.json", SEED_JSON.replace('"title": "North Korean forces', '"title": "North Korean\nforces'));
    const run = fogcount(["check", "broken.json"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^broken\.json:4:27 {2}error {2}not-json {2}a line break inside a string: JSON writes one as \\n \(or the string's closing quote is missing\)\n$/);
  });
});
