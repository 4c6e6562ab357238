import fs from "node:fs";
import path from "node:path";

/** The password whose hash tests/fixtures/reactions.env holds. */
export const testPassword = "test-wachtwoord-beheer";

/**
 * Puts tests/fixtures/reactions.env into process.env unless reactions are configured already: npm test builds with
 * it, and the server under test must run with the same secret (the forms in the built pages are signed with it).
 */
export function loadTestReactionsEnv(): void {
  if (process.env.REACTIONS_SECRET) return;
  const file = path.join(import.meta.dirname, "..", "fixtures", "reactions.env");
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match) process.env[match[1]] = match[2];
  }
}
