// npm start serves the last build through this file: Next's documented custom server, for two things `next start`
// cannot do. It works out each client's address from the socket (and TRUSTED_PROXIES), and it opens the reactions
// database before it says Ready, so a second server on the same data/ stops at once instead of failing requests.
// A site with no database, and neither reactions nor the newsletter open, opens none: the columns show the build's
// snapshot (no reactions), and PGlite's most of a gigabyte is never paid for.
import http from "node:http";
import next from "next";
import {
  clientAddressHeader,
  parseTrustedProxies,
  resolveClientAddress,
  trustClientAddressHeader,
} from "./lib/client-address";
import { getNewsletterConfig } from "./lib/newsletter/config";
import { checkReactionsConfig } from "./lib/reactions/config";
import { defaultDataDir, hasDatabase } from "./lib/reactions/data-dir";
import { serveFromCache } from "./lib/page-cache";
import { loadProjectEnv } from "./lib/reactions/environment";
import { closeDatabase, getDatabase } from "./lib/reactions/runtime";
import { writeServerHandle } from "./lib/reactions/server-handle";

const { port, hostname } = readArguments(process.argv.slice(2));
loadProjectEnv();
let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  stop(error);
}
const proxies = trusted;

const reactionsProblems = checkReactionsConfig().problems;
let newsletterOpen = false;
try {
  newsletterOpen = Boolean(getNewsletterConfig());
} catch (error) {
  stop(error); // SMTP_URL or NEWSLETTER_RATE malformed: said now, not at the first subscriber.
}
const database =
  hasDatabase() || reactionsProblems.length === 0 || newsletterOpen ? await getDatabase().catch(stop) : undefined;
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
trustClientAddressHeader();

const server = http.createServer((request, response) => {
  // Always overwritten: a value the client sent under this name is gone before the app sees the request.
  request.headers[clientAddressHeader] = resolveClientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"]?.toString(),
    proxies,
  );
  if (!serveFromCache(request, response)) void handle(request, response);
});
let removeHandle = () => {};
server.listen(port, hostname, () => {
  const url = `http://${hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1"}:${port}`;
  // With the embedded database, npm run reactions:export finds this server through a file beside the database.
  if (database?.kind === "embedded") removeHandle = writeServerHandle(defaultDataDir(), url);
  for (const problem of reactionsProblems) console.warn(`Reactions closed: ${problem}`);
  console.log(`Ready on ${url}`);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    removeHandle();
    // Closing the database releases its lock file, so the next server on this data/ starts without a stale lock.
    void closeDatabase().finally(() => process.exit(0));
  });
}

function readArguments(args: string[]): { port: number; hostname: string | undefined } {
  const value = (long: string, short: string) => {
    const index = args.findIndex((arg) => arg === long || arg === short);
    return index >= 0 ? args[index + 1] : undefined;
  };
  return {
    port: Number(value("--port", "-p") ?? process.env.PORT ?? 3000),
    // Not $HOSTNAME: shells and containers set it to the machine's name. Without -H, every interface, as next start.
    hostname: value("--hostname", "-H"),
  };
}

function stop(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
