// npm run bench [-- --sizes 1000,10000 --load 10 --soak 60]: builds synthetic sites and measures them.
// Prints a Markdown table and writes the same figures as JSON to tests/artifacts/bench/.
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import serveHandler from "serve-handler";
import { load, measureCommand, pageBytes, startServer, treeMemory, type PageBytes } from "./bench-measure";
import { freePort } from "./ports";
import { writeSyntheticContent } from "./synthetic-content";

const flags = Object.fromEntries(
  process.argv
    .slice(2)
    .join(" ")
    .split("--")
    .filter(Boolean)
    .map((flag) => flag.trim().split(/[ =]/)),
);
const sizes = (flags.sizes ?? "1000,10000").split(",").map(Number);
const loadSeconds = Number(flags.load ?? 10);
const soakSeconds = Number(flags.soak ?? 60);
const next = "node_modules/.bin/next";
const jiti = "node_modules/.bin/jiti";
const port = await freePort();
const staticPort = await freePort();
const mb = (bytes: number) => Math.round(bytes / 1048576);

interface Measured {
  seconds: number;
  peakBytes: number;
}

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

interface SizeResult {
  size: number;
  check: Measured;
  build: Measured;
  exportBuild: Measured;
  serverBytes: { index: PageBytes; post: PageBytes };
  exportBytes: { index: PageBytes; post: PageBytes };
  nextLoad: Load;
  staticLoad: Load;
  reference: string;
  soak?: Load & { seconds: number; connections: number; startMb: number; endMb: number };
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measureSize(size));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${mb(os.totalmem())} MB, Node ${process.version}`;
const report = { date: new Date().toISOString(), machine, loadSeconds, results };
const folder = path.join("tests", "artifacts", "bench");
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "latest.json"), JSON.stringify(report, null, 2));
console.log(markdown());

/** Generates a site of `size` posts, builds it both ways, and measures it. */
async function measureSize(size: number): Promise<SizeResult> {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), `column-bench-${size}-`));
  const words = writeSyntheticContent(contentDir, size);
  const env = { CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" };
  console.error(`${size} posts (${Math.round(words / size)} words each on average) in ${contentDir}`);
  const check = await measureCommand(jiti, ["scripts/check.ts", contentDir], env);
  const build = await measureCommand(next, ["build"], env);
  console.error(`  build ${build.seconds.toFixed(1)} s, peak ${mb(build.peakBytes)} MB`);
  const post = "/blog/column-7";
  const server = await startServer(
    next,
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    `http://127.0.0.1:${port}/`,
    env,
  );
  const serverBytes = {
    index: await pageBytes(`http://127.0.0.1:${port}`, "/"),
    post: await pageBytes(`http://127.0.0.1:${port}`, post),
  };
  const reference = await startStaticServer(".next/server/app");
  const nextLoad = await load(`http://127.0.0.1:${port}${post}`, loadSeconds);
  const staticLoad = await load(`http://127.0.0.1:${staticPort}${post}`, loadSeconds);
  reference.stop();
  const soak = size === sizes.at(-1) ? await soakTest(server, `http://127.0.0.1:${port}${post}`) : undefined;
  server.kill();
  const exportBuild = await measureCommand(
    "sh",
    ["-c", `STATIC_EXPORT=1 ${next} build && ${jiti} scripts/finish-export.ts`],
    env,
  );
  const exported = await startStaticServer("out");
  const exportBytes = {
    index: await pageBytes(`http://127.0.0.1:${staticPort}`, "/"),
    post: await pageBytes(`http://127.0.0.1:${staticPort}`, post),
  };
  exported.stop();
  fs.rmSync(contentDir, { recursive: true });
  return {
    size,
    check,
    build,
    exportBuild,
    serverBytes,
    exportBytes,
    nextLoad,
    staticLoad,
    reference: reference.name,
    soak,
  };
}

async function soakTest(server: ChildProcess, url: string) {
  const startBytes = treeMemory(server.pid ?? 0);
  const result = await load(url, soakSeconds);
  return {
    seconds: soakSeconds,
    connections: 100,
    ...result,
    startMb: mb(startBytes),
    endMb: mb(treeMemory(server.pid ?? 0)),
  };
}

/** Serves a folder the plainest way there is: nginx when installed, else Node's serve-handler. */
async function startStaticServer(root: string): Promise<{ name: string; stop: () => void }> {
  const absolute = path.resolve(root);
  if (hasNginx()) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-bench-nginx-"));
    const config = `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; include /etc/nginx/mime.types; server { listen 127.0.0.1:${staticPort}; root ${absolute};
location / { try_files $uri $uri.html $uri/index.html =404; } } }`;
    fs.writeFileSync(path.join(dir, "nginx.conf"), config);
    const child = await startServer(
      "nginx",
      ["-c", path.join(dir, "nginx.conf"), "-p", dir],
      `http://127.0.0.1:${staticPort}/`,
    );
    return { name: "nginx", stop: () => child.kill() };
  }
  const server = http.createServer((request, response) =>
    serveHandler(request, response, { public: absolute, cleanUrls: true }),
  );
  await new Promise<void>((resolve) => server.listen(staticPort, "127.0.0.1", resolve));
  return { name: "serve-handler (Node)", stop: () => server.close() };
}

function hasNginx(): boolean {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function markdown(): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const sizesOf = (page: PageBytes) =>
    `${kb(page.html.raw)} / ${kb(page.html.gzip)} | ${kb(page.css.raw)} / ${kb(page.css.gzip)} | ${kb(page.js.raw)} / ${kb(page.js.gzip)}`;
  const lines = [
    `Machine: ${machine}. Load: ${loadSeconds} s at 100 connections on 127.0.0.1.`,
    "",
    "| posts | check | build | build peak memory | export build | export peak memory |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.size} | ${r.check.seconds.toFixed(1)} s | ${r.build.seconds.toFixed(1)} s | ${mb(r.build.peakBytes)} MB | ${r.exportBuild.seconds.toFixed(1)} s | ${mb(r.exportBuild.peakBytes)} MB |`,
    ),
    "",
    "| posts | page | mode | HTML KB raw / gzip | CSS KB raw / gzip | JS KB raw / gzip |",
    "| ---: | --- | --- | ---: | ---: | ---: |",
    ...results.flatMap((r) => [
      `| ${r.size} | index | npm start | ${sizesOf(r.serverBytes.index)} |`,
      `| ${r.size} | post | npm start | ${sizesOf(r.serverBytes.post)} |`,
      `| ${r.size} | index | export | ${sizesOf(r.exportBytes.index)} |`,
      `| ${r.size} | post | export | ${sizesOf(r.exportBytes.post)} |`,
    ]),
    "",
    "| posts | server | requests/s | p50 | p99 | errors | share of static |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ...results.flatMap((r) => [
      `| ${r.size} | npm start | ${r.nextLoad.requestsPerSecond} | ${r.nextLoad.p50Ms} ms | ${r.nextLoad.p99Ms} ms | ${r.nextLoad.errors} | ${(r.nextLoad.requestsPerSecond / r.staticLoad.requestsPerSecond).toFixed(3)} |`,
      `| ${r.size} | ${r.reference} | ${r.staticLoad.requestsPerSecond} | ${r.staticLoad.p50Ms} ms | ${r.staticLoad.p99Ms} ms | ${r.staticLoad.errors} | 1 |`,
    ]),
  ];
  const soak = results.at(-1)?.soak;
  if (soak) {
    lines.push(
      "",
      `Soak: npm start, ${soak.seconds} s at ${soak.connections} connections: ${soak.requestsPerSecond} requests/s, ${soak.errors} errors, memory ${soak.startMb} MB at start and ${soak.endMb} MB at the end.`,
    );
  }
  return lines.join("\n");
}
