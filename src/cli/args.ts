// Reading a command's arguments with node's parseArgs, and saying plainly what
// is wrong with them.

import { parseArgs } from "node:util";

import { UsageError } from "./io.js";

/** The options of a command, as parseArgs takes them. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** The values and the positional arguments of a command line. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** The edit distance of two short words, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let k = 1; k <= b.length; k++) next[k] = Math.min((row[k] as number) + 1, (next[k - 1] as number) + 1, (row[k - 1] as number) + (a[i - 1] === b[k - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] as number;
}

/** ` (did you mean X?)` for the nearest of `known` within two edits, or "". */
export function suggest(word: string, known: readonly string[]): string {
  const near = known.map((k) => [k, distance(word, k)] as const).filter(([, d]) => d <= 2).sort((x, y) => x[1] - y[1])[0];
  return near === undefined ? "" : ` (did you mean ${near[0]}?)`;
}

/** The command line of a command, or a {@link UsageError} that names what is wrong. */
export function readArgs(args: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: values as Parsed["values"], positionals };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const text = e instanceof Error ? e.message : String(e);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(text)?.[1] ?? "";
      const names = Object.keys(options).map((n) => `--${n}`);
      throw new UsageError(`unknown option ${option}${suggest(option, [...names, "--help"])}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(text.replace(/^Option '(-\S+, )?(--\S+)[^']*'.*argument missing$/, "option $2 needs a value").replace(/\.$/, ""));
    throw new UsageError(text.replace(/\.$/, ""));
  }
}

/** Words as a list a person writes: "text or json", "text, markdown or json". */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1] as string}`;
}

/** The value of a string option that is one of `allowed`, or the first of them when left out. */
export function choice(values: Parsed["values"], name: string, allowed: readonly string[]): string {
  const value = values[name];
  if (value === undefined) return allowed[0] as string;
  if (typeof value !== "string" || !allowed.includes(value)) throw new UsageError(`--${name} must be ${orList(allowed)}, not ${JSON.stringify(value)}${suggest(String(value), allowed)}`);
  return value;
}

/** The values of a repeatable string option. */
export function many(values: Parsed["values"], name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}
