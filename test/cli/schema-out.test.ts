// fogcount schema --out writes every file or none, and never through a link:
// a target that is a link, a folder or another file that is not a regular one
// is refused before anything is written, and a folder that cannot be made is
// said to be in one line, without a hang.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { fingerprint, fogcount, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

const usage = '\nRun "fogcount schema --help" for usage.\n';

describe("fogcount schema --out over what is already there", () => {
  it("refuses a symbolic link where a file would go, and leaves the file it points to as it was", () => {
    const victim = ws.file("victim.txt", "not a schema\n");
    const before = fingerprint(victim);
    const out = join(ws.dir, "linked");
    mkdirSync(out);
    symlinkSync(victim, join(out, "claim.json"));
    const run = fogcount(["schema", "--out", "linked"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out linked cannot be written: ${join("linked", "claim.json")} is a symbolic link (fogcount never writes through one); nothing was written.${usage}`);
    expect(fingerprint(victim)).toBe(before);
    expect(readFileSync(victim, "utf8")).toBe("not a schema\n");
    expect(readdirSync(out)).toEqual(["claim.json"]);
    expect(readlinkSync(join(out, "claim.json"))).toBe(victim);
  });

  it("refuses a link to nothing, so that no file is made where it points", () => {
    const out = join(ws.dir, "dangling");
    mkdirSync(out);
    symlinkSync(join(ws.dir, "made-through-link.json"), join(out, "dataset.json"));
    const run = fogcount(["schema", "--out", out, "--part", "dataset"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(out, "dataset.json")} is a symbolic link`);
    expect(existsSync(join(ws.dir, "made-through-link.json"))).toBe(false);
  });

  it("refuses a folder in place of a file, and writes nothing", () => {
    const out = join(ws.dir, "blocked");
    mkdirSync(join(out, "claim.json"), { recursive: true });
    const run = fogcount(["schema", "--out", "blocked"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out blocked cannot be written: ${join("blocked", "claim.json")} is a folder; nothing was written.${usage}`);
    expect(readdirSync(out)).toEqual(["claim.json"]);
    expect(readdirSync(join(out, "claim.json"))).toEqual([]);
  });

  it("replaces the regular files of an earlier run, and leaves no temporary file", () => {
    const out = join(ws.dir, "again");
    expect(fogcount(["schema", "--out", out]).status).toBe(0);
    writeFileSync(join(out, "estimate.json"), "stale\n");
    writeFileSync(join(out, "notes.txt"), "mine\n");
    const run = fogcount(["schema", "--out", out]);
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(join(out, "estimate.json"), "utf8"))).toMatchObject({ title: "fogcount estimate" });
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine\n");
    expect(readdirSync(out).filter((f) => !f.endsWith(".json"))).toEqual(["notes.txt"]);
    expect(lstatSync(join(out, "estimate.json")).isFile()).toBe(true);
  });
});

describe("fogcount schema --out where the folder cannot be made", () => {
  it("says so for a folder under /proc, without a hang", () => {
    if (!existsSync("/proc/self")) return; // no /proc on this system
    const run = fogcount(["schema", "--out", "/proc/nope"], { timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out /proc/nope cannot be made: /proc takes no new folders.${usage}`);
  });

  it("makes the last folder of a path only, and names the one that is missing", () => {
    const run = fogcount(["schema", "--out", join("no", "such", "schemas")], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out ${join("no", "such", "schemas")} cannot be made: the folder ${join(ws.dir, "no", "such")} does not exist (fogcount makes the last folder of a path, not the ones above it).${usage}`);
    expect(existsSync(join(ws.dir, "no"))).toBe(false);
  });

  it("refuses a link to nothing as the folder", () => {
    symlinkSync(join(ws.dir, "nowhere"), join(ws.dir, "dangling-out"));
    const run = fogcount(["schema", "--out", "dangling-out"], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out dangling-out cannot be made: a link to nothing, or another file, is in its place.${usage}`);
    expect(existsSync(join(ws.dir, "nowhere"))).toBe(false);
  });
});

describe("fogcount schema --out with an empty name", () => {
  it.each(["", " "])("refuses %j rather than write into the working folder", (name) => {
    const mine = ws.file("dataset.json", '{"mine":true}\n');
    const run = fogcount(["schema", "--out", name], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`fogcount schema: --out needs a folder, not ${JSON.stringify(name)}.${usage}`);
    expect(readFileSync(mine, "utf8")).toBe('{"mine":true}\n');
  });
});
