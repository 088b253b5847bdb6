// Items grouped by a key, in one pass: each item is pushed onto its group's
// list, never copied with it, so that one large group costs what its items
// cost (Map.groupBy does the same from Node 21 on).

/**
 * The items of `items` grouped by `keyOf`, groups in the order their first
 * item comes, each group's items in their order.
 *
 * @example
 * groupBy(["ab", "b", "ac"], (w) => w[0] as string);
 * //=> Map { "a" => ["ab", "ac"], "b" => ["b"] }
 */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return groups;
}
