// The commands read the project's .env files as Next does for the same NODE_ENV: npm run dev's check (NODE_ENV is
// development there) the development ones, as next dev beside it; the other commands the production ones, as the
// build and the server. Each in a process of its own: Next's loader reads the files once per process.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

function contentDirFor(nodeEnv: "development" | "production"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-env-"));
  fs.writeFileSync(path.join(dir, ".env.development"), "CONTENT_DIR=/srv/voorbeeld\n");
  fs.writeFileSync(path.join(dir, ".env.production"), "CONTENT_DIR=/srv/columns\n");
  const script = path.join(dir, "print.ts");
  const environment = path.resolve("lib", "reactions", "environment.ts");
  fs.writeFileSync(
    script,
    `import { loadProjectEnv } from ${JSON.stringify(environment)};\nloadProjectEnv();\nconsole.log(process.env.CONTENT_DIR);\n`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: nodeEnv };
  delete env.CONTENT_DIR;
  const printed = execFileSync(path.resolve("node_modules", ".bin", "jiti"), [script], {
    cwd: dir,
    env,
    encoding: "utf8",
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return printed.trim();
}

it("reads .env.development under npm run dev, as next dev does", () => {
  expect(contentDirFor("development")).toBe("/srv/voorbeeld");
});

it("reads .env.production for the other commands, as next build and next start do", () => {
  expect(contentDirFor("production")).toBe("/srv/columns");
});
