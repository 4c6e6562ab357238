import path from "node:path";
import { defineConfig } from "vitest/config";

// The date-sensitive tests run again under two far-apart time zones, in the same run as everything else.
const dateTests = ["tests/dates.test.ts", "tests/posts.test.ts"];
const zones = { "los-angeles": "America/Los_Angeles", kiritimati: "Pacific/Kiritimati" };

// Content stores and image caches of the tests' own sites stay out of the build's .next/cache.
const env = { CACHE_DIR: path.resolve(import.meta.dirname, "tests/artifacts/cache") };

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
    // Pages show the approved reactions of a fixture, never those of a database in data/.
    setupFiles: ["tests/reactions-fixture.ts"],
    // One empty embedded database, copied by the tests that need a fresh one (tests/helpers.ts).
    globalSetup: ["tests/database-template.ts"],
    env,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/*.test.ts", "tests/*.test.tsx"] } },
      ...Object.entries(zones).map(([name, TZ]) => ({
        extends: true as const,
        test: { name, include: dateTests, env: { ...env, TZ } },
      })),
    ],
  },
});
