// Jest for the example suite, as native ES modules, no transform:
// `node --experimental-vm-modules node_modules/jest/bin/jest.js --config examples/kit/jest.config.mjs`.
import { fileURLToPath } from "node:url";

export default {
  rootDir: fileURLToPath(new URL(".", import.meta.url)),
  testEnvironment: "node",
  testMatch: ["**/*.test.mjs"],
  transform: {},
  setupFilesAfterEnv: ["<rootDir>/jest.setup.mjs"],
};
