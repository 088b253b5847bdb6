// Every exported function of every entry, called with values it cannot trust:
// valid arguments, the same mutated one node deep, anything fast-check makes
// (fc.anything, fc.jsonValue), null and undefined in every position, all
// deep-frozen. Nothing may throw but a FogcountError (or a ZodError from a
// parse* helper), no call may take a second, no input may be changed, and
// every estimate, period and claim returned passes its schema with its best
// value inside its interval.
//
// The entries are read from tsup.config.ts and their exports enumerated, so an
// entry or export added later is fuzzed without editing this file.
//
// Runs: 100,000 calls in all, spread over the functions (FUZZ_RUNS to change
// it; `npm run fuzz` makes a million). CI runs them from the fixed seed of
// test/setup.ts; FC_SEED=<seed> replays a failure.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../src/errors.js";
import { deepFreeze } from "../helpers.js";
import { problemIn } from "./results.js";
import { SIGNATURES } from "./signatures.js";
import { argumentsFor, mutatedArguments } from "./values.js";

/** Exports that are not called as the others are, and why. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  FogcountError: "the error class: the library constructs it with its own codes and messages; users test for it, they do not call it",
};

const root = resolve(import.meta.dirname, "../..");
const ENTRIES = [...readFileSync(resolve(root, "tsup.config.ts"), "utf8").matchAll(/(\w+): "(src\/[\w/.-]+\.ts)"/g)].map(
  ([, name, file]) => [name as string, file as string] as const,
);

interface Target {
  readonly name: string;
  readonly entry: string;
  readonly fn: (...args: unknown[]) => unknown;
}

const isClass = (fn: unknown): boolean => typeof fn === "function" && /^class\b/.test(Function.prototype.toString.call(fn));
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Every function of every entry, once each, and the functions held by exported plain objects (`fogcountMatchers.toAllow`). */
async function targets(): Promise<{ all: Target[]; classes: string[] }> {
  const seen = new Set<unknown>();
  const all: Target[] = [];
  const classes: string[] = [];
  for (const [entry, file] of ENTRIES) {
    const module = (await import(resolve(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const members = isPlainObject(value) ? Object.entries(value).map(([k, v]) => [`${name}.${k}`, v] as const) : [[name, value] as const];
      for (const [member, fn] of members) {
        if (typeof fn !== "function" || seen.has(fn)) continue;
        seen.add(fn);
        if (isClass(fn)) classes.push(member);
        else all.push({ name: member, entry, fn: fn as Target["fn"] });
      }
    }
  }
  return { all, classes };
}

const { all: TARGETS, classes: CLASSES } = await targets();
const TOTAL = Number(process.env["FUZZ_RUNS"] ?? (process.env["npm_lifecycle_event"] === "fuzz" ? 1_000_000 : 100_000));
const RUNS = Math.ceil(TOTAL / TARGETS.length);

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : `a thrown ${typeof e}`;
}

/** Calls `target` with `args` and throws an Error saying what broke the rule, if anything did. */
function call(target: Target, args: unknown[]): void {
  deepFreeze(args);
  // a hang guard, not a speed aim: no call on these small inputs comes near a second
  const start = performance.now();
  let result: unknown;
  try {
    result = target.fn(...args);
  } catch (e) {
    const allowed = isFogcountError(e) || (target.name.startsWith("parse") && (e as { name?: unknown })?.name === "ZodError");
    if (!allowed) throw new Error(`${target.name} threw ${describeError(e)}`);
  }
  const ms = performance.now() - start;
  if (ms > 1000) throw new Error(`${target.name} took ${Math.round(ms)} ms`);
  const problem = problemIn(result);
  if (problem !== undefined) throw new Error(`${target.name} returned what it should not: ${problem}`);
}

function property(target: Target): fc.IPropertyWithHooks<[unknown[]]> {
  const signature = SIGNATURES[target.name];
  const generic = argumentsFor(target.fn.length);
  const args = signature === undefined ? generic : fc.oneof(generic, signature, mutatedArguments(signature));
  return fc.property(args, (list) => call(target, list));
}

describe(`every exported function, ${TOTAL} calls in all`, () => {
  it("finds the entries and their functions", () => {
    expect(ENTRIES.map(([name]) => name)).toEqual(expect.arrayContaining(["index", "schemas", "text", "revision", "import", "testing", "fixtures"]));
    expect(TARGETS.length).toBeGreaterThan(60);
    expect(CLASSES.filter((name) => EXCEPTIONS[name] === undefined)).toEqual([]);
  });

  for (const target of TARGETS) {
    it(`${target.entry}: ${target.name}`, { timeout: 600_000 }, () => {
      fc.assert(property(target), { numRuns: RUNS });
    });
  }

  it("lists as exceptions only exports there are", () => {
    const names = new Set([...TARGETS.map((t) => t.name), ...CLASSES]);
    expect(Object.keys(EXCEPTIONS).filter((n) => !names.has(n))).toEqual([]);
  });
});
