// A failed write to standard output (a full disk, a device that takes
// nothing) is one line saying so and exit status 2, never a stack trace or
// the status 1 that `check` gives for a finding that is an error; a reader
// that goes away (`| head`) ends the run quietly.
import { spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { CLI, ROOT } from "./run.js";

const full = existsSync("/dev/full");

function toFull(args: readonly string[]): { status: number | null; stderr: string } {
  const fd = openSync("/dev/full", "w");
  try {
    const r = spawnSync(CLI, args, { cwd: ROOT, stdio: ["ignore", fd, "pipe"], encoding: "utf8", env: { PATH: process.env["PATH"] ?? "" } });
    return { status: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.runIf(full)("standard output that cannot be written", () => {
  for (const args of [["report", "--format", "json"], ["report"], ["schema"], ["--help"]]) {
    it(`fogcount ${args.join(" ")}: one line, exit status 2`, () => {
      const r = toFull(args);
      expect(r.status).toBe(2);
      const name = args[0]?.startsWith("-") === true ? "fogcount" : `fogcount ${args[0] ?? ""}`;
      expect(r.stderr).toBe(`${name}: cannot write the output: no space left on device (ENOSPC)\n`);
    });
  }
});

describe("a reader that goes away", () => {
  it("ends the run quietly, with the status of the run", () => {
    const r = spawnSync("sh", ["-c", `"${CLI}" report | head -1`], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "" } });
    expect(r.stdout.split("\n")).toHaveLength(2);
    expect(r.stderr).toBe("");
  });
});

describe("standard output to a file that fills up part-way", () => {
  // a file-size limit of 4 KB: the first block is written, the next write fails (EFBIG), as a disk filling up would
  const limited = (args: string): { status: number | null; stderr: string } => {
    const r = spawnSync("sh", ["-c", `trap '' XFSZ; ulimit -f 4; "${CLI}" ${args} > "$OUT"`], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "", OUT: join(tmpdir(), `fogcount-limited-${process.pid}.txt`) },
    });
    return { status: r.status, stderr: r.stderr };
  };
  for (const args of ["report", "report --format json", "schema"]) {
    it(`fogcount ${args}: says the output was cut off, exit status 2`, () => {
      const r = limited(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`fogcount ${args.split(" ")[0] ?? ""}: cannot write the output: file too large (EFBIG)\n`);
    });
  }
});
