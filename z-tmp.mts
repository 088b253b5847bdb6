import { claim, exact } from "./src/index.js";
import { ClaimSchema, SourceSchema, UnitSchema, IdSchema } from "./src/schemas.js";
const tries: [string, () => unknown][] = [
  ["exact unit zwsp", () => exact(5, "\u200B")],
  ["exact unit nbsp", () => exact(5, " \u00a0\u2060 ")],
  ["exact unit ok", () => exact(5, " person ")],
  ["UnitSchema", () => UnitSchema.parse("\uFEFF\u200E")],
  ["SourceSchema", () => SourceSchema.parse({ id: "\u200B", kind: "ministry", name: "\u2060" })],
  ["IdSchema ok", () => IdSchema.parse("a\u200bb")],
];
for (const [n, f] of tries) { try { console.log(n, "OK", JSON.stringify(f())); } catch (e) { console.log(n, "ERR", (e as Error).message.slice(0, 300)); } }
