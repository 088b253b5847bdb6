// The fogcount command (package.json "bin"): one ESM file with a shebang,
// built after the library (npm run build), with the code it uses bundled in,
// so that no library entry carries the command line. It then writes the JSON
// Schemas the package ships (fogcount/schema/*.json).
import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: ["src/cli/cli.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: false,
  clean: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  external: ["zod", "date-fns", "jsonc-parser"],
  define: { __FOGCOUNT_VERSION__: JSON.stringify(version) },
  onSuccess: "node dist/cli.js schema --out dist/schema",
});
