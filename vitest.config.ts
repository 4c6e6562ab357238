import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/*.test.ts", "tests/*.test.tsx"],
    // Some tests run the editors' commands as processes: generous on a busy 2-core machine.
    testTimeout: 30_000,
    // Pages read approved reactions from this fixture, never from a database in data/.
    // Content stores and image caches of the tests' own sites stay out of the build's .next/cache.
    env: {
      REACTIONS_SNAPSHOT: path.resolve(import.meta.dirname, "tests/fixtures/reactions/approved.json"),
      CACHE_DIR: path.resolve(import.meta.dirname, "tests/artifacts/cache"),
    },
  },
});
