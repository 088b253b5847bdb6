// Frozen copies of what a ledger holds, made after it is checked: only the
// fields the schemas name, in one order, so that a checked ledger cannot be
// edited behind the functions that trust it, and two entries with the same
// content write the same JSON. Not exported from the package.

import { keyText } from "../claim/indicator-key.js";
import type { Estimate } from "../estimate/schema.js";
import type { Attribution } from "../provenance/schema.js";

type Loose = Readonly<Record<string, unknown>>;

/** The own property `key` of `value`, never one it inherits (`Object.prototype.hedge`); undefined for none. @internal */
export function own(value: Loose, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/** A frozen object of the own `keys` of `from` that are not undefined, in that order. @internal */
export function pick<T>(from: unknown, keys: readonly string[]): T {
  const source = from as Loose;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = own(source, key);
    if (v !== undefined) out[key] = v;
  }
  return Object.freeze(out) as T;
}

/** How many texts a check remembers: the few that repeat (units, items), not a million ids. */
const TEXTS_KEPT = 4096;

/**
 * Text as a ledger stores it, read as `keyText` reads it (trimmed, in Unicode
 * normalization form C), remembered in `texts`: a lookup of a text that
 * repeats across entries costs less than a scan of it. @internal
 */
export function storedText(texts: Map<string, string>, text: string): string {
  let out = texts.get(text);
  if (out === undefined) {
    out = keyText(text);
    if (texts.size < TEXTS_KEPT) texts.set(text, out);
  }
  return out;
}

/** The fields of an estimate after its numbers, in the order a copy writes them. */
const OPTIONAL = ["strict", "approx", "hedge", "unit", "text", "best"];
const SOURCE = ["id", "kind", "name", "country", "countries", "reliability"];
const CHANNEL = ["kind", "channel", "name", "closed", "date"];
const PUBLICATION = ["outlet", "url", "title", "date"];

/**
 * A frozen copy of a checked estimate, its own fields only, with the
 * schema's defaults filled in (`strict: false` for a bound) and its unit
 * trimmed and in Unicode normalization form C (as `UnitSchema` reads it), so
 * that one figure is stored one way whoever wrote it, and one unit is summed
 * on one line however its accents are encoded (see {@link storedText}). @internal
 */
export function copyEstimate(estimate: Estimate, texts: Map<string, string>): Estimate {
  const e = estimate as unknown as Loose;
  const kind = e["kind"];
  const out: Record<string, unknown> = { kind };
  if (kind === "range") {
    out["low"] = e["low"];
    out["high"] = e["high"];
  } else if (kind === "magnitude") out["order"] = e["order"];
  else out["value"] = e["value"];
  for (let k = 0; k < OPTIONAL.length; k++) {
    const key = OPTIONAL[k] as string;
    const v = own(e, key);
    if (v !== undefined) out[key] = key === "unit" ? storedText(texts, v as string) : v;
    else if (key === "strict" && (kind === "atLeast" || kind === "atMost")) out[key] = false;
  }
  return Object.freeze(out) as unknown as Estimate;
}

function copySource(source: unknown): unknown {
  const s = source as Loose;
  return pick({ ...s, countries: Array.isArray(s["countries"]) ? Object.freeze([...(s["countries"] as string[])]) : undefined }, SOURCE);
}

function list(value: unknown, copy: (item: unknown) => unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? Object.freeze(Array.from(value, copy)) : undefined;
}

/** A frozen copy of a checked attribution. @internal */
export function copyAttribution(attribution: Attribution): Attribution {
  const a = attribution as unknown as Loose;
  return pick(
    {
      ...a,
      originator: copySource(a["originator"]),
      relay: list(a["relay"], (step) => {
        const s = step as Loose;
        return s["kind"] === "intermediary" ? pick({ ...s, source: copySource(s["source"]) }, ["kind", "source", "date"]) : pick(s, CHANNEL);
      }),
      publications: list(a["publications"], (p) => pick(p, PUBLICATION)),
    },
    ["originator", "relay", "publications", "credibility", "likelihood", "confidence", "text"],
  );
}
