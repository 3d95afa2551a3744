import { defineConfig } from "vitest/config";

// A verdict must not depend on the machine's speed: the slowest tests (a TypeScript program over the
// public API, child processes, megabyte inputs) take seconds here and must pass on a machine ten times
// slower or busy with other work. Tests that start a process set a longer timeout of their own.
const GENEROUS = 120_000;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/build.ts"],
    testTimeout: GENEROUS,
    hookTimeout: GENEROUS,
    teardownTimeout: GENEROUS,
  },
});
