import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

// A verdict must not depend on the machine's speed: the slowest tests (a TypeScript program over the
// public API, child processes, megabyte inputs) take seconds here and must pass on a machine ten times
// slower or busy with other work. Tests that start a process set a longer timeout of their own.
const GENEROUS = 120_000;

// Tests that start a browser, a child process, a reading thread or a TypeScript program: they spend
// much of their time waiting on another process, so they run beside the unit tests, not after them.
const SLOW = [
  "test/e2e/**/*.test.ts",
  "test/package/**/*.test.ts",
  "test/cli/**/*.test.ts",
  "test/region/**/*.test.ts",
  "test/hostile/cli.test.ts",
  "test/import/bounds.test.ts",
  "test/types/**/*.test.ts",
];

// Each project states its own options rather than extending the root: an extended root would run the
// global setup (which may build dist/) once per project, at the same time.
const shared = {
  testTimeout: GENEROUS,
  hookTimeout: GENEROUS,
  teardownTimeout: GENEROUS,
  setupFiles: ["test/support/fast-check-seed.ts"],
};

export default defineConfig({
  test: {
    globalSetup: ["test/support/build.ts"],
    ...shared,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, which
    // ran every file one after another while the slow ones mostly waited on their child processes.
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        test: {
          name: "unit",
          ...shared,
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SLOW],
        },
      },
      { test: { name: "slow", ...shared, include: SLOW } },
    ],
  },
});
