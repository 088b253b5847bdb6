// Fields an object may not hold: the first key of an object that is not one
// of its fields, and the field its writer most likely meant, so that a
// misspelt field ("quantty") is refused by name instead of silently dropped.
// Not exported from the package.

/** The edit distance of two short words, a swap of two letters counting one ("nmae" is one from "name"). */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The first own key of `value` that is not one of `fields`, or undefined. @internal */
export function extraField(value: object, fields: readonly string[]): string | undefined {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) if (!fields.includes(keys[i] as string)) return keys[i];
  return undefined;
}

/**
 * The hint for a `key` that is no field: what `hints` says of it (`"valuation"` → `"did you
 * mean value?"`), else `did you mean <field>?` for the field nearest the key (one edit for a
 * short key, two for a longer one), else undefined. @internal
 */
export function nearestField(key: string, fields: readonly string[], hints?: ReadonlyMap<string, string>): string | undefined {
  let hint = hints?.get(key);
  if (hint === undefined) {
    let best = key.length > 5 ? 3 : 2;
    for (const field of fields) {
      const d = distance(key.toLowerCase(), field.toLowerCase());
      if (d < best) [best, hint] = [d, `did you mean ${field}?`];
    }
  }
  return hint;
}

/**
 * Why `key` is no field of `what` (`"a ledger entry"`): `is not a field of a
 * ledger entry (did you mean quantity?)`, with the hint of {@link nearestField},
 * else the list of fields. @internal
 */
export function notAField(key: string, fields: readonly string[], what: string, hints?: ReadonlyMap<string, string>): string {
  return `is not a field of ${what} (${nearestField(key, fields, hints) ?? fields.join(", ")})`;
}
