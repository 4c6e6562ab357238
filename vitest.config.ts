import path from "node:path";
import { defineConfig } from "vitest/config";

// The date-sensitive tests run again under two far-apart time zones, in the same run as everything else.
const dateTests = ["tests/dates.test.ts", "tests/posts.test.ts"];
const zones = { "los-angeles": "America/Los_Angeles", kiritimati: "Pacific/Kiritimati" };
// Tests of the cache every build process shares (node_modules/.cache): run after the others, while nothing else runs,
// since another file's command could write that cache between two of their steps.
const alone = ["tests/content-snapshot.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Some tests run the editors' commands as processes, or start a database: generous on a busy 2-core machine,
    // with another file running beside each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Many files wait on child processes and databases: two at a time keep both cores busy (Vitest's default on
    // two cores is one).
    maxWorkers: 2,
    // Pages read approved reactions from this fixture, never from a database in data/.
    env: { REACTIONS_SNAPSHOT: path.resolve(import.meta.dirname, "tests/fixtures/reactions/approved.json") },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/*.test.ts", "tests/*.test.tsx"], exclude: alone } },
      { extends: true, test: { name: "alone", include: alone, sequence: { groupOrder: 1 } } },
      ...Object.entries(zones).map(([name, TZ]) => ({
        extends: true as const,
        test: { name, include: dateTests, env: { TZ } },
      })),
    ],
  },
});
