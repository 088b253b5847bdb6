// The sections of a report, in order. A section is a function of the report's
// context that returns its blocks and data, or nothing when it has nothing to
// say; a new one is a function and a line in SECTIONS.

import { pathText } from "../../dataset/issues.js";
import type { ReportContext } from "./context.js";
import type { Section } from "./document.js";
import { casualtySection, deploymentSection } from "./figures.js";
import { indicatorsSection } from "./indicators.js";
import { ledgerSection } from "./ledger.js";
import { chainsSection, sourcesSection } from "./sources.js";

/** The findings of the dataset's lint rules. */
function findingsSection(context: ReportContext): Section {
  const findings = context.findings;
  const errors = findings.filter((f) => f.severity === "error").length;
  const summary =
    findings.length === 0
      ? "The lint rules find nothing."
      : `${errors} error${errors === 1 ? "" : "s"} and ${findings.length - errors} warning${findings.length - errors === 1 ? "" : "s"}: each is a figure or date that cannot be so as stated, or should be looked at. The figures above are as stated.`;
  return {
    key: "findings",
    title: "Check findings",
    blocks: [
      { kind: "paragraph", text: summary },
      ...(findings.length === 0 ? [] : [{ kind: "list" as const, items: findings.map((f) => ({ head: `${f.severity}  ${f.code}  ${pathText(f.path)}`, body: f.message, severity: f.severity })) }]),
    ],
    data: findings,
  };
}

/** The sections of a report, in the order they are printed. */
const SECTIONS: readonly ((context: ReportContext) => Section | undefined)[] = [
  sourcesSection,
  chainsSection,
  indicatorsSection,
  deploymentSection,
  casualtySection,
  ledgerSection,
  findingsSection,
];

/** The sections of a report on `context` that have something to say. */
export function reportSections(context: ReportContext): Section[] {
  return SECTIONS.map((section) => section(context)).filter((s) => s !== undefined);
}
