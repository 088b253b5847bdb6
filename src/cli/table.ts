// Text laid out to a width: words wrapped, and tables whose columns shrink
// (their cells wrapping) until the table fits.

import { visible } from "./visible.js";

/** The width text output fits. */
export const WIDTH = 80;

const GAP = "  ";

/** The pieces of a word too long for a line: broken after a range dash where it has one ("$1,000–" "$2,000"), and any piece still too long (in a paragraph, never in a table) every `width` characters. */
function pieces(word: string, width: number): string[] {
  return word.split(/(?<=–)/).flatMap((part) => {
    const out: string[] = [];
    for (let k = 0; k < part.length; k += width) out.push(part.slice(k, k + width));
    return out.length === 0 ? [""] : out;
  });
}

/** `text` in lines of at most `width` characters, broken at spaces (and inside a word longer than a line, after a range dash where it can). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      (word.length > width ? pieces(word, width) : [word]).forEach((piece, k) => {
        const gap = k === 0 ? " " : "";
        if (line === "") line = piece;
        else if (line.length + gap.length + piece.length <= width) line += gap + piece;
        else {
          out.push(line);
          line = piece;
        }
      });
    }
    out.push(line);
  }
  return out;
}

/** The longest piece of a cell a line cannot break: a word, or the part of one up to a range dash. */
function longestPiece(text: string): number {
  return most(text.split(/[ \n]|(?<=–)/).map((p) => p.length));
}

/** Appends `more` to `to` one by one: push(...more) takes each as an argument, and a large dataset has more than a call can take. */
export function append<T>(to: T[], more: readonly T[]): void {
  for (let i = 0; i < more.length; i++) to.push(more[i] as T);
}

/** The largest of `values`, 0 for none: a loop, as a column of a large table has more cells than Math.max(...cells) can take as arguments. */
function most(values: readonly number[]): number {
  let top = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > top) top = values[i] as number;
  return top;
}

/** A table: a heading per column, rows of cells, and a style for the cells of a column. */
export interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly style?: readonly (((text: string) => string) | undefined)[];
  /** Columns that keep their width (ids, dates): the others wrap first. */
  readonly keep?: readonly boolean[];
}

/** The widths of the columns: what they need, the widest shrunk until the table fits `width` (columns to keep only when nothing else can give), never below a column's longest word; undefined when the table cannot fit so. */
function widths(table: Table, width: number): number[] | undefined {
  const need = table.head.map((h, c) => Math.max(h.length, most(table.rows.map((r) => (r[c] ?? "").length))));
  const fit = width - GAP.length * (need.length - 1);
  const w = [...need];
  // the narrowest a column goes: its heading, and never below 8 unless it needs less
  const floor = need.map((n, c) => Math.min(n, Math.max(8, (table.head[c] ?? "").length)));
  // first, no column narrower than its longest word, so that words stay whole where they can
  const whole = need.map((n, c) => Math.max(floor[c] as number, Math.min(n, Math.max(longestPiece(table.head[c] ?? ""), most(table.rows.map((r) => longestPiece(r[c] ?? "")))))));
  for (const [pass, least] of [[false, whole], [true, whole]] as const) {
    while (w.reduce((a, b) => a + b, 0) > fit) {
      let widest = -1;
      for (let c = 0; c < w.length; c++) {
        const movable = pass || table.keep?.[c] !== true;
        if (movable && (w[c] as number) > (least[c] as number) && (widest < 0 || (w[c] as number) > (w[widest] as number))) widest = c;
      }
      if (widest < 0) break;
      w[widest] = (w[widest] as number) - 1;
    }
  }
  return w.reduce((a, b) => a + b, 0) > fit ? undefined : w;
}

/** A table as lines of text, each at most `width` wide: the headings, a rule, the rows with their cells wrapped. */
export function tableLines(table: Table, width = WIDTH): string[] {
  const w = widths(table, width);
  if (w === undefined) return recordLines(table, width);
  const row = (cells: readonly string[], style?: Table["style"]): string[] => {
    const wrapped = w.map((cw, c) => wrap(cells[c] ?? "", cw));
    const height = Math.max(...wrapped.map((l) => l.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = wrapped.map((l, c) => {
        const text = l[k] ?? "";
        const paint = style?.[c];
        return (paint && text !== "" ? paint(text) : text) + " ".repeat((w[c] as number) - text.length);
      });
      lines.push(parts.join(GAP).trimEnd());
    }
    return lines;
  };
  const out = [...row(table.head), w.map((cw) => "-".repeat(cw)).join(GAP)];
  for (let i = 0; i < table.rows.length; i++) {
    append(out, row(table.rows[i] as readonly string[], table.style));
  }
  return out;
}

/** A table too wide for `width` without breaking a word or a number: each row as its own lines, a heading before each cell, rows a blank line apart. */
function recordLines(table: Table, width: number): string[] {
  const label = most(table.head.map((h) => h.length));
  const out: string[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    if (i > 0) out.push("");
    const r = table.rows[i] as readonly string[];
    table.head.forEach((h, c) => {
      const paint = table.style?.[c];
      wrap(r[c] ?? "", Math.max(8, width - label - GAP.length)).forEach((l, k) => {
        const text = paint && l !== "" ? paint(l) : l;
        out.push(`${k === 0 ? h.padEnd(label) : " ".repeat(label)}${GAP}${text}`.trimEnd());
      });
    });
  }
  return out;
}

/** A table in Markdown: a pipe table, its cells escaped (control characters, `|`, backticks and Markdown marks, `<` and `>` as entities so that no HTML gets through) and each on one line. */
export function tableMarkdown(table: Table): string[] {
  const cell = (text: string) => visible(text, { lines: true }).replace(/([\\`*_[\]|])/g, "\\$1").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/\s*[\r\n]+\s*/g, " ");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(table.head), `|${table.head.map(() => " --- ").join("|")}|`, ...table.rows.map(line)];
}
