// The functions of every entry, called with
// valid arguments in which one part cannot be read: a revoked proxy, or a
// property whose getter throws. Nothing may escape but a FogcountError (or a
// ZodError from a parse* helper): never the raw TypeError of the proxy or the
// getter's own error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as casualtyRoom from "../../src/casualty/index.js";
import * as claimRoom from "../../src/claim/index.js";
import * as datasetRoom from "../../src/dataset/index.js";
import * as deploymentRoom from "../../src/deployment/index.js";
import * as explainRoom from "../../src/explain/index.js";
import * as main from "../../src/index.js";
import * as textRoom from "../../src/text/index.js";
import { isFogcountError } from "../../src/errors.js";
import * as importRoom from "../../src/import/index.js";
import * as ledgerRoom from "../../src/ledger/index.js";
import * as provenanceRoom from "../../src/provenance/index.js";
import * as renderRoom from "../../src/render/index.js";
import * as revisionRoom from "../../src/revision/index.js";
import * as testingRoom from "../../src/testing/index.js";
import { SIGNATURES } from "./signatures.js";

type Fn = (...args: unknown[]) => unknown;

const ROOMS = { main, text: textRoom, explain: explainRoom, casualty: casualtyRoom, deployment: deploymentRoom, ledger: ledgerRoom, render: renderRoom, dataset: datasetRoom, revision: revisionRoom, import: importRoom, testing: testingRoom, provenance: provenanceRoom, claim: claimRoom };

const isClass = (fn: unknown): boolean => typeof fn === "function" && /^class\b/.test(Function.prototype.toString.call(fn));

/** Every function of the rooms (classes aside: FogcountError is constructed by the library), and the functions of their exported plain objects (`fogcountMatchers.toAllow`). */
const FUNCTIONS: [string, Fn][] = Object.values(ROOMS).flatMap((room) =>
  Object.entries(room as Record<string, unknown>).flatMap(([name, value]): [string, Fn][] =>
    typeof value === "function" && !isClass(value)
      ? [[name, value as Fn]]
      : typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
        ? Object.entries(value).filter(([, v]) => typeof v === "function").map(([k, v]) => [`${name}.${k}`, v as Fn])
        : [],
  ),
);

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The paths of the nodes of a value, the root first, at most 60 and 6 deep. */
function paths(value: unknown, prefix: readonly string[] = [], out: string[][] = []): string[][] {
  out.push([...prefix]);
  if (out.length < 60 && prefix.length < 6 && typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  }
  return out;
}

/** A copy of `value` with the node at `path` unreadable: a revoked proxy, or a property whose getter throws. */
function unreadableAt(value: unknown, path: readonly string[], how: "revoked" | "getter"): unknown {
  if (path.length === 0) return revoked();
  const [key, ...rest] = path as [string, ...string[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string, unknown>;
  if (rest.length > 0 || how === "revoked") copy[key] = unreadableAt(copy[key], rest, how);
  else
    Object.defineProperty(copy, key, {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
  return copy;
}

function escaped(name: string, fn: Fn, args: unknown[]): string | undefined {
  try {
    fn(...args);
  } catch (e) {
    if (isFogcountError(e) || (name.includes("arse") && (e as { name?: unknown }).name === "ZodError")) return undefined;
    return `${name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
  return undefined;
}

describe("every entry refuses arguments that cannot be read", () => {
  it("find their functions", () => {
    expect(FUNCTIONS.length).toBeGreaterThan(25);
  });

  it.each(FUNCTIONS)("%s lets nothing but a FogcountError escape", (name, fn) => {
    const signature = SIGNATURES[name] ?? fc.constant(Array.from({ length: Math.max(fn.length, 1) }, () => ({})));
    const problems = new Set<string>();
    for (const args of fc.sample(signature, { numRuns: 4, seed: 3 })) {
      for (const path of paths(args).slice(1)) {
        // an argument itself is only made a revoked proxy: a getter in its place would throw in the call's spread, not in the function
        for (const how of path.length === 1 ? (["revoked"] as const) : (["revoked", "getter"] as const)) {
          const problem = escaped(name, fn, unreadableAt(args, path, how) as unknown[]);
          if (problem !== undefined) problems.add(`${problem} (${how} at ${path.join(".")})`);
        }
      }
    }
    expect([...problems]).toEqual([]);
  });
});
