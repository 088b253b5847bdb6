// Runs the built command as a user does: the file npm links as `fogcount`,
// executed through its shebang, in a folder of its own.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CLI = join(ROOT, "dist/cli.js");

if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run npm run build before npm run test:cli");

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `fogcount ...args` in `cwd`, with standard input `input`, without NO_COLOR or FORCE_COLOR unless `env` sets them; past `timeout` ms the run is killed and the call throws. */
export function fogcount(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; node?: readonly string[]; timeout?: number } = {}): Run {
  const env: Record<string, string> = { PATH: process.env["PATH"] ?? "", ...options.env };
  const [command, argv] = options.node === undefined ? [CLI, args] : [process.execPath, [...options.node, CLI, ...args]];
  const result = spawnSync(command, argv, { cwd: options.cwd ?? ROOT, input: options.input ?? "", env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...(options.timeout !== undefined && { timeout: options.timeout, killSignal: "SIGKILL" as const }) });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder for a test's files. */
export function workspace(): { dir: string; file: (name: string, content: string | Buffer) => string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "fogcount-cli-"));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The seed dataset as a file holds it. */
export const SEED_JSON = `${JSON.stringify(nisBriefing2025Dataset, null, 2)}\n`;

/** What a file is: its bytes' hash and its modification time, to show nothing changed it. */
export function fingerprint(path: string): string {
  return `${createHash("sha256").update(readFileSync(path)).digest("hex")} ${statSync(path).mtimeMs}`;
}

/** Lines of output, without the last empty one. */
export const lines = (text: string): string[] => text.split("\n").filter((l, i, all) => !(l === "" && i === all.length - 1));
