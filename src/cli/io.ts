// What a command reads and writes besides its files: the output streams,
// whether to colour, standard input. Handed in, so that every command is a
// function of its arguments.

/** The streams and settings of one run. */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Colour standard output: it is a terminal and `NO_COLOR` is not set. */
  readonly color: boolean;
  /** Standard error is a terminal (a person is reading): summaries go there. */
  readonly errIsTTY: boolean;
  /** Standard input is a terminal (nothing was piped in). */
  readonly stdinIsTTY: boolean;
  /** Reads standard input to its end. */
  readonly readStdin: () => Promise<Buffer>;
  /** The working directory, to resolve relative paths against. */
  readonly cwd: string;
}

/** A user's mistake in the command line: printed with the command's name and a pointer to its help, exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The exit statuses of every command. */
export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

/** ANSI styles, or nothing when colour is off. */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly dim: (text: string) => string;
}

const plain = (text: string): string => text;

/** The styles of a run: ANSI codes on a terminal without `NO_COLOR`, none otherwise. */
export function paint(color: boolean): Paint {
  if (!color) return { bold: plain, red: plain, yellow: plain, dim: plain };
  const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
  return { bold: wrap(1, 22), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22) };
}

/** A severity in its colour. */
export function severityText(p: Paint, severity: string): string {
  return severity === "error" ? p.red(severity) : severity === "warning" ? p.yellow(severity) : severity;
}
