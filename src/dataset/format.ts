// The format version of a dataset file, and what to tell the writer of a file
// in another one. Not in the schema module, so that the message is the same
// wherever a format is read.

/**
 * The format this version of fogcount reads and writes: `"fogcount-dataset/1"`.
 * The number after the slash changes only for a change that a reader of the
 * old number would misread (a field renamed, a meaning changed); a field or
 * section added as optional keeps it. A file states it in `format`.
 *
 * @category Dataset
 * @example
 * DATASET_FORMAT;
 * //=> "fogcount-dataset/1"
 */
export const DATASET_FORMAT = "fogcount-dataset/1";

/** The format number this version reads. */
const CURRENT = 1;

const NAMED = /^fogcount-dataset\/(\d{1,6})$/;
const NUMBER = /^v?(\d{1,6})(?:\.\d+){0,2}$/;

/**
 * Why `value` is not a format this version reads, saying what to change, or
 * undefined when it is {@link DATASET_FORMAT}. @internal
 */
export function formatProblem(value: unknown): string | undefined {
  if (value === DATASET_FORMAT) return undefined;
  if (value === undefined) return `a dataset states its format: add "format": "${DATASET_FORMAT}"`;
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
  const named = text === undefined ? null : NAMED.exec(text);
  const number = named?.[1] ?? (text === undefined ? undefined : NUMBER.exec(text)?.[1]);
  if (number === undefined) return `must be "${DATASET_FORMAT}"`;
  const n = Number(number);
  if (n > CURRENT) {
    return `is version ${n} of the dataset format, written for a newer fogcount; this version reads "${DATASET_FORMAT}": upgrade fogcount, or write the file as "${DATASET_FORMAT}"`;
  }
  if (n < CURRENT) return `is version ${n} of the dataset format, which no fogcount wrote; write "${DATASET_FORMAT}"`;
  return `must be written "${DATASET_FORMAT}"`;
}
