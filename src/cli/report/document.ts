// A report as a document of sections and blocks, and its text and Markdown
// forms. Each section also carries its data, which is the JSON form.

import type { Paint } from "../io.js";
import { append, tableLines, tableMarkdown, WIDTH, wrap } from "../table.js";
import type { Table } from "../table.js";
import { jsonText, visible } from "../visible.js";

/** A part of a section: a paragraph, a heading, a table, or a list of items (each item's first line, then its more indented lines). */
export type Block =
  | { readonly kind: "paragraph"; readonly text: string; /** The text's line breaks are its own, not the data's (see `working`): each starts a line. */ readonly breaks?: boolean }
  | { readonly kind: "heading"; readonly text: string; /** A heading under the section's last heading (a ledger's directions and balance). */ readonly sub?: boolean }
  | ({ readonly kind: "table" } & Table)
  | { readonly kind: "list"; readonly items: readonly { readonly head: string; readonly body?: string; readonly severity?: string }[] };

/** A section of a report: its key in the JSON form, its title, its blocks and its data. */
export interface Section {
  readonly key: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly data: unknown;
}

/** A report: a title, lines under it, and its sections. */
export interface ReportDocument {
  readonly title: string;
  readonly lines: readonly string[];
  readonly sections: readonly Section[];
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Text from the data as text output prints it: control characters and newlines as escapes. A
 * report's blocks break no line of their own (the output wraps them), so a line break in a
 * dataset's text would start a line the dataset wrote, such as a forged "Check findings".
 */
const shown = (text: string): string => visible(text);

/** A table with its cells' control characters as escapes. */
const shownTable = (table: Table): Table => ({ ...table, head: table.head.map(shown), rows: table.rows.map((r) => r.map(shown)) });

/** A line of an explanation, wrapped with the indent it starts with ("  where …"). */
function indented(line: string): string[] {
  const indent = line.length - line.trimStart().length;
  return wrap(shown(line.trimStart()), WIDTH - indent).map((l) => `${" ".repeat(indent)}${l}`);
}

function textBlock(block: Block, p: Paint): string[] {
  switch (block.kind) {
    case "paragraph":
      return block.breaks === true ? block.text.split("\n").flatMap(indented) : wrap(shown(block.text), WIDTH);
    case "heading":
      return wrap(shown(block.text), WIDTH).map((l) => p.bold(l));
    case "table":
      return tableLines(shownTable(block));
    case "list":
      return block.items.flatMap((item) => {
        const head = wrap(shown(item.head), WIDTH - 2).map((l, k) => `${k === 0 ? "- " : "  "}${l}`);
        const colored = item.severity === undefined ? head : head.map((l) => l.replace(item.severity as string, item.severity === "error" ? p.red(item.severity as string) : p.yellow(item.severity as string)));
        return [...colored, ...(item.body === undefined ? [] : wrap(shown(item.body), WIDTH - 4).map((l) => `    ${l}`))];
      });
  }
}

/** A report as text: every line at most 80 characters (colour codes aside), no control character from the data printed as it is. */
export function reportText(report: ReportDocument, p: Paint): string {
  const out = [...wrap(shown(report.title), WIDTH).map((l) => p.bold(l)), ...report.lines.flatMap((l) => wrap(shown(l), WIDTH))];
  for (const section of report.sections) {
    out.push("", p.bold(section.title), p.bold("=".repeat(Math.min(WIDTH, section.title.length))));
    section.blocks.forEach((block, k) => {
      if (k > 0) out.push("");
      append(out, textBlock(block, p));
    });
  }
  return `${out.join("\n")}\n`;
}

/** Text from the data as Markdown text: its control characters as escapes, its marks escaped, `<` and `>` as entities (no HTML gets through), and on one line (a newline in a title would end its heading). */
const md = (text: string): string => visible(text, { lines: true }).replace(/([\\`*_[\]|#])/g, "\\$1").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/\s*[\r\n]+\s*/g, " ");

/** A report in Markdown: headings, paragraphs, pipe tables and lists. */
export function reportMarkdown(report: ReportDocument): string {
  const out = [`# ${md(report.title)}`, "", ...report.lines.map((l) => `${md(l)}  `)];
  for (const section of report.sections) {
    out.push("", `## ${md(section.title)}`);
    for (const block of section.blocks) {
      out.push("");
      if (block.kind === "paragraph") out.push(md(block.text));
      else if (block.kind === "heading") out.push(`${block.sub === true ? "####" : "###"} ${md(block.text)}`);
      else if (block.kind === "table") append(out, tableMarkdown(block));
      else append(out, block.items.map((i) => `- ${md(i.head)}${i.body === undefined ? "" : `<br>${md(i.body)}`}`));
    }
  }
  return `${out.join("\n")}\n`;
}

/** A report as JSON: its data, section by section. */
export function reportJson(report: ReportDocument): string {
  const sections = Object.fromEntries(report.sections.map((s) => [s.key, s.data]));
  return `${jsonText({ ...report.data, ...sections })}\n`;
}
