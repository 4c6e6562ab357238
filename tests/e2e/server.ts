import http from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";
import serveHandler from "serve-handler";
import type { TestProject } from "vitest/node";
import { chromiumFlags, findChromium } from "../../tools/chromium";
import { startSite, stopServer } from "../../tools/server";
import { choosePort } from "../../tools/ports";
import makeDatabaseTemplate from "../database-template";
import { readStaticHeaders } from "./static-headers";
import { loadTestReactionsEnv } from "./reactions-env";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** "server": `npm start`'s server (server.ts) on the build in .next; "static": out/ from a static file server. */
    target: "server" | "static";
    /** The Chromium the test files share (see ./browser.ts). */
    browserEndpoint: string;
  }
}

// Serves the production build for the browser tests of one target, the project's name (vitest.e2e.config.ts): run
// `npm run build` for "server", and `npm run export` too for "static". A free port (for "server", E2E_PORT when free):
// never whatever server happens to listen somewhere already. Starts the one Chromium the test files share.
export default async function serveBuiltSite(project: TestProject) {
  loadTestReactionsEnv();
  await makeDatabaseTemplate();
  const target = project.name === "static" ? "static" : "server";
  const port = await choosePort(target === "static" ? undefined : process.env.E2E_PORT);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = target === "static" ? await serveExport(port) : await startServerTarget(port);
  const browser = await chromium.launchServer({ executablePath: findChromium(), args: chromiumFlags });
  project.provide("baseUrl", baseUrl);
  project.provide("target", target);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await stop();
  };
}

/**
 * Serves out/ the way any static host does: files by path, `.html` left off, 404.html with status 404, the headers
 * of out/_headers (so the browser tests run under the export's Content-Security-Policy), and 400 for a path that is
 * not a path (broken percent-encoding, a NUL byte), as nginx does; serve-handler alone answers a NUL with 500.
 */
async function serveExport(port: number): Promise<() => void> {
  const headersFor = readStaticHeaders(path.resolve("out", "_headers"));
  const server = http.createServer((request, response) => {
    for (const [name, value] of headersFor(new URL(request.url ?? "/", "http://localhost").pathname)) {
      response.setHeader(name, value);
    }
    if (!isDecodablePath(request.url ?? "/")) {
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Ongeldig adres.\n");
      return;
    }
    serveHandler(request, response, { public: path.resolve("out"), cleanUrls: true, trailingSlash: false });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return () => server.close();
}

// The tests themselves are the proxy: they may name a client in X-Forwarded-For, so each test has its own limits.
// Stopping waits for the exit: the next project's server opens the same database, which one process holds at a time.
async function startServerTarget(port: number): Promise<() => Promise<void>> {
  const server = await startSite(port, { TRUSTED_PROXIES: "127.0.0.1" });
  return () => stopServer(server);
}

function isDecodablePath(url: string): boolean {
  try {
    return !decodeURIComponent(url.split("?")[0]).includes("\0");
  } catch {
    return false;
  }
}
