// The fogcount command: a command name, then its arguments. Every user's
// mistake is one line saying what is wrong and where to look, never a stack
// trace.

import { suggest } from "./args.js";
import { runCheck } from "./check.js";
import { runExtract } from "./extract.js";
import { HELP, OVERVIEW } from "./help.js";
import { EXIT, UsageError } from "./io.js";
import type { Io } from "./io.js";
import { runReport } from "./report/run.js";
import { runSchema } from "./schema.js";
import { visible } from "./visible.js";

declare const __FOGCOUNT_VERSION__: string;

type Command = (io: Io, args: readonly string[]) => number | Promise<number>;

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ["check", runCheck],
  ["report", runReport],
  ["extract", runExtract],
  ["schema", runSchema],
]);

const NAMES = [...COMMANDS.keys()];

/** Whether the arguments ask for help (before a `--` that ends the options). */
function asksHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/** Runs the command line `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    io.out(OVERVIEW);
    return EXIT.ok;
  }
  if (name === "help") {
    const topic = args[0];
    io.out(topic !== undefined && Object.hasOwn(HELP, topic) ? (HELP[topic] as string) : OVERVIEW);
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.out(`fogcount ${typeof __FOGCOUNT_VERSION__ === "string" ? __FOGCOUNT_VERSION__ : "(development)"}\n`);
    return EXIT.ok;
  }
  const run = COMMANDS.get(name);
  if (run === undefined) {
    const what = name.startsWith("-") ? `unknown option ${name}${suggest(name, ["--help", "--version"])}` : `there is no command ${JSON.stringify(name)}${suggest(name, NAMES)}`;
    io.err(`fogcount: ${visible(what)}; the commands are ${NAMES.join(", ")}.\nRun "fogcount --help" for usage.\n`);
    return EXIT.trouble;
  }
  if (asksHelp(args)) {
    io.out(HELP[name] as string);
    return EXIT.ok;
  }
  try {
    return await run(io, args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`fogcount ${name}: ${visible(e.message)}.\nRun "fogcount ${name} --help" for usage.\n`);
      return EXIT.trouble;
    }
    throw e;
  }
}
