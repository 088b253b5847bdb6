import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schemas: "src/schemas.ts",
    text: "src/text/index.ts",
    revision: "src/revision/index.ts",
    import: "src/import/index.ts",
    explain: "src/explain/index.ts",
    casualty: "src/casualty/index.ts",
    deployment: "src/deployment/index.ts",
    dataset: "src/dataset/index.ts",
    ledger: "src/ledger/index.ts",
    render: "src/render/index.ts",
    testing: "src/testing/index.ts",
    // side-effect entries: importing one registers the matchers with its runner
    "testing/vitest": "src/testing/vitest.ts",
    "testing/jest": "src/testing/jest.ts",
    fixtures: "src/fixtures/index.ts",
  },
  format: ["esm", "cjs"],
  target: "node20",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  external: ["zod", "fast-check", "date-fns", "csv-parse", "vitest", "jest", "expect", "@jest/globals"],
});
