import { defineConfig } from "vitest/config";

// The suites over real published datasets in ../shared/data/ (never copied here).
export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    include: ["test/corpus/**/*.test.ts"],
    testTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest-corpus.json" }]],
  },
});
