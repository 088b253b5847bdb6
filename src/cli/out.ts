// Writing a command's files into an --out folder, so that a run writes every
// file or none, and never through a link: each target is checked before
// anything is written (one that exists must be a regular file), the files
// are written into a fresh private folder beside them and renamed into place
// (a rename replaces a path, it never follows the link the path may be),
// and that folder is removed whatever happens. The --out folder itself is
// made only when its parent folder exists, one level, never recursively.

import { lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Stats } from "node:fs";
import { dirname, join } from "node:path";

import { UsageError } from "./io.js";

/** A file to write: its name in the folder and its text. */
export interface OutFile {
  readonly name: string;
  readonly text: string;
}

/** The code of a system error (ENOENT, EACCES…), if it has one. */
const codeOf = (error: unknown): unknown => (error as { code?: unknown }).code;

/** The stats of a path, not following a link at its end, or undefined where nothing is. */
function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    throw error;
  }
}

/** Whether an error says a path, or a folder on it, is not there. */
const missing = (error: unknown): boolean => codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR";

/** The nearest of `path` and the folders above it that exists, with its stats (a link followed); an error other than "not there" is thrown. */
function nearestExisting(path: string): [string, Stats] {
  for (let at = path; ; at = dirname(at)) {
    try {
      return [at, statSync(at)];
    } catch (error) {
      if (!missing(error) || dirname(at) === at) throw error;
    }
  }
}

/** What a path that is not a regular file is, in words. */
function whatItIs(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link (fogcount never writes through one)";
  if (stats.isDirectory()) return "a folder";
  return "not a regular file";
}

/** Why a system call failed, in words, for the codes a user can act on. */
function reason(error: unknown): string {
  const code = codeOf(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the file system is read-only";
  if (code === "ENOSPC") return "the disk is full";
  if (code === "ENOENT") return "it, or a folder on its path, is gone (ENOENT)";
  return String(code ?? (error as Error).message);
}

/** Why the `--out` folder could not be made in `parent`, in words. */
function mkdirText(parent: string, error: unknown): string {
  const code = codeOf(error);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return `cannot be written: ${reason(error)}`;
  if (code === "ENOENT") return `cannot be made: ${parent} takes no new folders`;
  if (code === "EEXIST") return "cannot be made: a link to nothing, or another file, is in its place";
  return `cannot be made in ${parent}: ${reason(error)}`;
}

/** A {@link UsageError} for `--out`, naming the path as given. */
const outError = (out: string, text: string): UsageError => new UsageError(`--out ${out} ${text}`);

/**
 * Makes sure the folder `dir` (`--out out`) is there: an existing folder (a
 * link to one is followed: the user named it), or a new one made in its
 * parent, which must exist and be a folder: one level, never recursively
 * (Node 20's recursive mkdir spins forever under /proc). Says whether it made it.
 */
function ensureFolder(out: string, dir: string): boolean {
  let nearest: string;
  let stats: Stats;
  try {
    [nearest, stats] = nearestExisting(dir);
  } catch (error) {
    throw outError(out, `cannot be read: ${reason(error)}`);
  }
  if (nearest === dir) {
    if (!stats.isDirectory()) throw outError(out, "is a file, not a folder");
    return false;
  }
  const parent = dirname(dir);
  if (!stats.isDirectory()) throw outError(out, `cannot be made: ${nearest} is a file, not a folder`);
  if (nearest !== parent) throw outError(out, `cannot be made: the folder ${parent} does not exist (fogcount makes the last folder of a path, not the ones above it)`);
  try {
    mkdirSync(dir);
  } catch (error) {
    throw outError(out, mkdirText(parent, error));
  }
  return true;
}

/** Refuses, before anything is written, a target that exists and is not a regular file (a link, a folder, a device), naming it. */
function checkTargets(out: string, dir: string, files: readonly OutFile[]): void {
  for (const { name } of files) {
    let stats: Stats | undefined;
    try {
      stats = lstatOf(join(dir, name));
    } catch (error) {
      throw outError(out, `cannot be written: ${join(out, name)} cannot be read (${reason(error)}); nothing was written`);
    }
    if (stats !== undefined && !stats.isFile()) throw outError(out, `cannot be written: ${join(out, name)} is ${whatItIs(stats)}; nothing was written`);
  }
}

/**
 * Writes `files` into the folder `dir` (given on the command line as `out`):
 * every target checked first, each file written into a private folder made
 * in `dir` and renamed over its target, the private folder removed
 * whatever happens. On a failure before the renames nothing is changed, and
 * a folder this call made is removed again.
 *
 * @throws {UsageError} naming the path when a target is a link, a folder or
 * another file that is not a regular one, when the folder cannot be made, or
 * when a file cannot be written.
 */
export function writeFiles(out: string, dir: string, files: readonly OutFile[]): void {
  const made = ensureFolder(out, dir);
  let staging: string | undefined;
  let renamed = 0;
  try {
    checkTargets(out, dir, files);
    staging = mkdtempSync(join(dir, ".fogcount-out-"));
    for (const { name, text } of files) writeFileSync(join(staging, name), text, { flag: "wx" });
    for (const { name } of files) {
      renameSync(join(staging, name), join(dir, name));
      renamed++;
    }
  } catch (error) {
    if (made) rmSync(dir, { recursive: true, force: true });
    if (error instanceof UsageError) throw error;
    const written = made || renamed === 0 ? "nothing was written" : `${renamed} of the ${files.length} files were written`;
    throw outError(out, `cannot be written: ${reason(error)}; ${written}`);
  } finally {
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}
