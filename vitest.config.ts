import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    // property tests run thousands of cases; on a loaded two-core machine some take seconds
    testTimeout: 30_000,
    include: ["test/**/*.test.ts"],
    // test/cli runs the built command (npm run test:cli, after the build)
    exclude: ["test/corpus/**", "test/cli/**", "test/site/**"],
    reporters: ["default", ["json", { outputFile: "reports/vitest-unit.json" }]],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/index.ts", "src/cli/**"],
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
  },
});
