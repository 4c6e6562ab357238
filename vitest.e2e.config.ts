import path from "node:path";
import { defineConfig } from "vitest/config";

// The browser tests against both outputs in one run: "server" is `next start` on .next, "static" a plain static
// server over out/ (tests/e2e/server.ts). `--project server` or `--project static` runs one.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/e2e/*.test.ts"],
    // One file at a time: the server's files share its database and its rate limits.
    fileParallelism: false,
    // The files share one module graph (none mocks a module; the only environment they set is the same test
    // secrets): their imports took 12 of the export's 108 s with a fresh graph for each file, 4 of 91 s like this.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The server first, then the export, one after the other, as two runs did before. (Orders from 1: Vitest runs
    // one-worker projects of order 0 last.)
    projects: ["server", "static"].map((name, order) => ({
      extends: true as const,
      test: { name, globalSetup: ["tests/e2e/server.ts"], sequence: { groupOrder: order + 1 } },
    })),
  },
});
