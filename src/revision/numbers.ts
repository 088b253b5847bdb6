// Arrays of numbers for an index that is frozen: made so that freezing them boxes none of
// their whole numbers. A frozen array holds tagged values; an array that held doubles (a
// value read from a `Float64Array` is one, even 10957) has every element boxed when it is
// frozen, 16 bytes each beside its 8-byte slot: 47 MB for the day numbers of a history of a
// million claims. Not exported from the package.

/**
 * An array for `n` numbers (its slots empty) whose elements are tagged values from the start,
 * so that it never holds unboxed doubles: a whole number stored as {@link tagged} is kept in
 * its slot, any other number (an open end) boxed once where it is stored. @internal
 */
export function numberList(n: number): number[] {
  const list = new Array<number>(n);
  // a value that is not a number gives the array tagged elements; it is overwritten
  if (n > 0) (list as unknown[])[0] = undefined;
  return list;
}

/**
 * `x` as a small integer where it is one (so that an array of tagged values holds it in its
 * slot, unboxed), else `x` itself; -0 stays -0. @internal
 */
export function tagged(x: number): number {
  const v = x | 0;
  return v === x && (v !== 0 || 1 / x > 0) ? v : x;
}
