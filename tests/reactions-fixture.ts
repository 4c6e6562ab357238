// Set up for every unit test (vitest.config.ts): a page a test renders shows the approved reactions of
// tests/fixtures/reactions/approved.json and never opens a database. tests/reactions-snapshot.test.ts tests the real
// getColumnReactions.
import path from "node:path";
import { vi } from "vitest";

vi.mock("@/lib/reactions/snapshot", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/reactions/snapshot")>();
  const approved = actual.readApprovedSnapshot(
    path.join(import.meta.dirname, "fixtures", "reactions", "approved.json"),
  );
  return { ...actual, getColumnReactions: async (slug: string) => approved[slug] ?? [] };
});
