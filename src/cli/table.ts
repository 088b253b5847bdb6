// Text laid out to a width: words wrapped, and tables whose columns shrink
// (their cells wrapping) until the table fits.

/** The width text output fits. */
export const WIDTH = 80;

const GAP = "  ";

/** `text` in lines of at most `width` characters, broken at spaces (and inside a word longer than a line). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (let word of paragraph.split(" ")) {
      while (word.length > width) {
        if (line !== "") out.push(line);
        out.push(word.slice(0, width));
        word = word.slice(width);
        line = "";
      }
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

/** A table: a heading per column, rows of cells, and a style for the cells of a column. */
export interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly style?: readonly (((text: string) => string) | undefined)[];
  /** Columns that keep their width (ids, dates): the others wrap first. */
  readonly keep?: readonly boolean[];
}

/** The widths of the columns: what they need, the widest shrunk until the table fits `width` (columns to keep only when nothing else can give). */
function widths(table: Table, width: number): number[] {
  const need = table.head.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? "").length)));
  const fit = width - GAP.length * (need.length - 1);
  const w = [...need];
  // the narrowest a column goes: its heading, and never below 8 unless it needs less
  const floor = need.map((n, c) => Math.min(n, Math.max(8, (table.head[c] ?? "").length)));
  for (const pass of [false, true]) {
    while (w.reduce((a, b) => a + b, 0) > fit) {
      let widest = -1;
      for (let c = 0; c < w.length; c++) {
        const movable = pass || table.keep?.[c] !== true;
        if (movable && (w[c] as number) > (floor[c] as number) && (widest < 0 || (w[c] as number) > (w[widest] as number))) widest = c;
      }
      if (widest < 0) break;
      w[widest] = (w[widest] as number) - 1;
    }
  }
  return w;
}

/** A table as lines of text, each at most `width` wide: the headings, a rule, the rows with their cells wrapped. */
export function tableLines(table: Table, width = WIDTH): string[] {
  const w = widths(table, width);
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
  return [...row(table.head), w.map((cw) => "-".repeat(cw)).join(GAP), ...table.rows.flatMap((r) => row(r, table.style))];
}

/** A table in Markdown: a pipe table, with `|` in cells escaped. */
export function tableMarkdown(table: Table): string[] {
  const cell = (text: string) => text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("\n", " ");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(table.head), `|${table.head.map(() => " --- ").join("|")}|`, ...table.rows.map(line)];
}
