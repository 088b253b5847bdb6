#!/usr/bin/env node
// The fogcount command, as npm installs it (package.json "bin"). See main.ts.

import { main } from "./main.js";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  // the reader went away (fogcount report | head): stop quietly
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const noColor = process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "";

try {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: process.stdout.isTTY === true && !noColor,
    errIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    readStdin,
    cwd: process.cwd(),
  });
} catch (e) {
  // not the user's mistake: say so, with the stack only when asked for
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`fogcount: internal error: ${message}\nPlease report it with the command line that caused it${process.env["FOGCOUNT_DEBUG"] ? "" : " (FOGCOUNT_DEBUG=1 prints the stack)"}.\n`);
  if (process.env["FOGCOUNT_DEBUG"] && e instanceof Error) process.stderr.write(`${e.stack ?? ""}\n`);
  process.exitCode = 2;
}
