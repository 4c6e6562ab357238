import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/*.test.ts", "tests/*.test.tsx"],
    // Some tests run the editors' commands as processes: generous on a busy 2-core machine.
    testTimeout: 30_000,
    // Pages show the approved reactions of a fixture, never those of a database in data/.
    setupFiles: ["tests/reactions-fixture.ts"],
    // Content stores and image caches of the tests' own sites stay out of the build's .next/cache.
    env: { CACHE_DIR: path.resolve(import.meta.dirname, "tests/artifacts/cache") },
  },
});
