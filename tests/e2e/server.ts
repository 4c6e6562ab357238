import { spawn, type ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const port = Number(process.env.E2E_PORT ?? 3100);

// Serves the production build made by `npm run build` for the browser tests.
export default async function serveBuiltSite(project: TestProject) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitUntilUp(baseUrl, server);
  project.provide("baseUrl", baseUrl);
  return () => {
    server.kill();
  };
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}: run npm run build first`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`next start did not answer on ${url} within 30 s`);
}
