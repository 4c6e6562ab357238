import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/reactions/auth";

// The command as an editor runs it, answers piped in; REACTIONS_SECRET unset, so it makes one.
function run(answers: string) {
  const result = spawnSync("node_modules/.bin/jiti", ["scripts/reactions-password.ts"], {
    input: answers,
    encoding: "utf8",
    env: { ...process.env, REACTIONS_SECRET: "", REACTIONS_PASSWORD_HASH: "" },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run reactions:password", () => {
  it("asks twice in Dutch and prints the hash and a random secret when both answers match", async () => {
    const { status, out, err } = run("een-goed-wachtwoord\neen-goed-wachtwoord\n");
    expect(status).toBe(0);
    expect(err).toContain("Wachtwoord voor /beheer");
    expect(err).toContain("Typ het wachtwoord nog een keer");
    const hash = /^REACTIONS_PASSWORD_HASH=(\S+)$/m.exec(out)?.[1] ?? "";
    expect(await verifyPassword("een-goed-wachtwoord", hash)).toBe(true);
    expect(out).toMatch(/^REACTIONS_SECRET=[\w-]{43}$/m);
  });

  it("makes nothing, and says so in Dutch, when the two answers differ", () => {
    const { status, out, err } = run("een-goed-wachtwoord\neen-ander-wachtwoord\n");
    expect(status).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("De twee wachtwoorden verschillen");
  });

  it("refuses a short password in Dutch", () => {
    const { status, err } = run("kort\n");
    expect(status).toBe(1);
    expect(err).toContain("minstens 12");
    expect(err).not.toMatch(/must be|characters/);
  });
});
