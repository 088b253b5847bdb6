// The help of the command and of each of its commands.

import { SCHEMA_PARTS } from "./schema.js";
import { wrap } from "./table.js";

export const OVERVIEW = `Usage: fogcount <command> [options]

Check, report on and read the hedged, attributed, revised numbers of conflict reporting.

Commands:
  check FILE...        check dataset files: shape, references and lint rules
  report [FILE]        a dataset as a report: sources, relay chains, revisions,
                       deployments, casualties, ledgers, findings (without a
                       FILE, the bundled NIS 2025 briefing)
  extract [FILE|-]     every figure in an article, with its place and modality
  schema [--out DIR]   the JSON Schema of a dataset and of each of its parts

Options:
  -h, --help           show help (fogcount <command> --help for a command's)
  --version            show the version

Exit status: 0 when all is well, 1 when check finds an error, 2 when a file
cannot be read or parsed, or the command line is wrong.
`;

export const HELP: Readonly<Record<string, string>> = {
  check: `Usage: fogcount check [options] FILE...

Read each FILE as a fogcount dataset (fogcount-dataset/1) and run the lint
rules over it; - reads standard input, named <stdin> in positions. Each
problem and finding is one line:

  FILE:LINE:COL  severity  code  message

Options:
  --format text|json     text lines (the default), or one JSON document
  --rule CODE=SETTING    set a rule to error, warning or off; repeatable
                         (fogcount check --rule unknown-as-zero=error)
  --cumulative MEASURE   a measure whose stocks are running totals; repeatable,
                         in place of the default list (killed, wounded, missing,
                         captured, casualties, deployed, repatriated)
  -h, --help             show this help

Exit status: 0 when no finding is an error, 1 when one is, 2 when a file
cannot be read or is not a dataset (each problem printed with its place).
The rules are described in docs/reference/lint-rules.md.
`,
  report: `Usage: fogcount report [options] [FILE]

A dataset as a report: its sources and their relay chains, each indicator's
revision history with its changes and the figure in force, the deployment
waves added up and the casualty breakdowns reconciled (each with its working),
each ledger's two directions and balance, and the check findings. Without a
FILE, the NIS 2025 briefing bundled with fogcount; - reads standard input.

Options:
  --format text|markdown|json   how to print it (text, 80 columns, by default)
  --valid DATE                  the time the figures describe, as EDTF
                                (2025-03-31, 2025-03): figures up to it
  --known DATE                  the time of knowledge, as EDTF: only what
                                was public by then
  --rule CODE=SETTING           as for check; repeatable
  --cumulative MEASURE          as for check; repeatable
  -h, --help                    show this help

Colour is used on a terminal, never with NO_COLOR set. Exit status: 0 when the
report is printed, 2 when the file cannot be read or is not a dataset.
`,
  extract: `Usage: fogcount extract [options] [FILE|-]

Every figure in an article (plain text): its line and column, the words as
written, what it reads as, what it is doing in its sentence (asserted,
negated, planned, projected, potential) and whether it adds to an earlier
figure. Reads standard input for - or when no FILE is given.

Options:
  --format text|json   a table (the default), or JSON with offsets
  -h, --help           show this help
`,
  schema: `Usage: fogcount schema [options]

${wrap(`The JSON Schema (draft 2020-12) of a fogcount dataset and of each of its parts: ${SCHEMA_PARTS.slice(0, -1).join(", ")} and ${SCHEMA_PARTS[SCHEMA_PARTS.length - 1] ?? ""}. The package ships the same files as fogcount/schema/<part>.json.`, 78).join("\n")}

Options:
  --out DIR     write every part (or the one --part names) to DIR/<part>.json;
                DIR's parent folder must exist, and a link or a folder where
                a file would go is refused before anything is written
  --part NAME   the part to print or write; the dataset by default
  -h, --help    show this help
`,
};
