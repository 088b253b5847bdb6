#!/usr/bin/env node
// The fogcount command, as npm installs it (package.json "bin"). See main.ts.

import { fstatSync, writeSync } from "node:fs";

import { main } from "./main.js";

/** The command named on the command line, for messages: "fogcount report", or "fogcount". */
const command = ((name) => (name !== undefined && /^[a-z]+$/.test(name) ? `fogcount ${name}` : "fogcount"))(process.argv[2]);

/** Whether an error is a failed write of the output (a full disk, a closed pipe, a device that takes nothing). */
const isWriteError = (e: unknown): e is NodeJS.ErrnoException => typeof e === "object" && e !== null && (e as NodeJS.ErrnoException).syscall === "write" && typeof (e as NodeJS.ErrnoException).code === "string";

/**
 * Ends the run on a failed write to standard output: quietly when the reader went away
 * (`fogcount report | head`), else with one line saying why and exit status 2, the status
 * of a file that cannot be read or written; never a stack trace.
 */
function outputFailed(e: NodeJS.ErrnoException): never {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const why = /^[A-Z0-9]+: (.*?), write$/.exec(e.message)?.[1] ?? e.message;
  try {
    process.stderr.write(`${command}: cannot write the output: ${why} (${String(e.code)})\n`);
  } finally {
    process.exit(2);
  }
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  // every error of the output stream is a failed write
  outputFailed(e);
});

/** Whether standard output is a regular file: written to with `writeSync`, which may write part of a chunk (a file-size limit, a disk filling up) and say so only in the count it returns. */
const stdoutIsFile = ((): boolean => {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
})();

/** Writes all of `text` to standard output: to a file, chunk by chunk until every byte is written, so that a write that fails part-way throws (EFBIG, ENOSPC) rather than leaving a cut-off file behind a success. */
function writeOut(text: string): void {
  if (!stdoutIsFile) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(1, bytes, at, bytes.length - at);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const noColor = process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "";

try {
  process.exitCode = await main(process.argv.slice(2), {
    out: writeOut,
    err: (text) => void process.stderr.write(text),
    color: process.stdout.isTTY === true && !noColor,
    errIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    readStdin,
    cwd: process.cwd(),
  });
} catch (e) {
  if (isWriteError(e)) outputFailed(e);
  // not the user's mistake: say so, with the stack only when asked for
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`fogcount: internal error: ${message}\nPlease report it with the command line that caused it${process.env["FOGCOUNT_DEBUG"] ? "" : " (FOGCOUNT_DEBUG=1 prints the stack)"}.\n`);
  if (process.env["FOGCOUNT_DEBUG"] && e instanceof Error) process.stderr.write(`${e.stack ?? ""}\n`);
  process.exitCode = 2;
}
