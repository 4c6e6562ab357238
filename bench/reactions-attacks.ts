// jiti bench/reactions-attacks.ts <url> [server pid] [column path]: the crowd and flood rows of issue 17, against a
// running `npm start` (server.ts with reactions open, no TRUSTED_PROXIES).
// Prints one Markdown row per attack. Short by design: about 45 s in all. Run it on a quiet machine.
import fs from "node:fs";
import autocannon from "autocannon";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const pid = Number(process.argv[3]) || undefined;
const column = process.argv[4] ?? "/blog/ik-doe-wat-ik-doe";
const form = { "Content-Type": "application/x-www-form-urlencoded" };
const rows: string[] = [];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rss = () =>
  pid ? Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024 ** 2 : NaN;
const tally = (statuses: number[]) =>
  Object.entries(statuses.reduce<Record<number, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {}))
    .map(([status, count]) => `${count} × ${status}`)
    .join(", ");

async function timeGet(path: string): Promise<number> {
  const started = performance.now();
  await (await fetch(base + path)).arrayBuffer();
  return performance.now() - started;
}

async function readersDuring<T>(work: Promise<T>): Promise<{ result: T; medianMs: number }> {
  const times: number[] = [];
  let done = false;
  const result = work.finally(() => (done = true));
  while (!done) times.push(await timeGet("/"));
  return { result: await result, medianMs: median(times) };
}

// 1. Reactions, each with another X-Forwarded-For, no proxy in front.
const html = await (await fetch(base + column)).text();
const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? "";
const slug = column.split("/").at(-1) ?? "";
const posts = Array.from({ length: 2000 }, (_, i) =>
  fetch(`${base}/reactie`, {
    method: "POST",
    body: new URLSearchParams({ column: slug, token, name: "Robot", body: `Vloed ${i} ${Date.now()}` }),
    headers: { ...form, "X-Forwarded-For": `10.${i >> 8}.${i & 255}.1` },
    redirect: "manual",
  }).then((r) => r.status),
);
rows.push(`| 2,000 reactions, each with another X-Forwarded-For, no proxy | ${tally(await Promise.all(posts))} |`);

// 2. Password guesses for 15 s, rotating X-Forwarded-For, while a reader loads / in a loop.
const idle = median(await Promise.all(Array.from({ length: 20 }, () => timeGet("/"))));
const guesses = async () => {
  const statuses: number[] = [];
  const until = Date.now() + 15_000;
  let i = 0;
  const guesser = async () => {
    while (Date.now() < until) {
      const response = await fetch(`${base}/beheer/aanmelden`, {
        method: "POST",
        body: new URLSearchParams({ password: `raden-${i++}` }),
        headers: { ...form, "X-Forwarded-For": `172.16.${i & 255}.${i >> 8}` },
        redirect: "manual",
      });
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: 20 }, guesser));
  return statuses;
};
const flood = await readersDuring(guesses());
rows.push(
  `| password guesses for 15 s from 20 clients, rotating X-Forwarded-For | ${tally(flood.result)}; GET / median ` +
    `${idle.toFixed(0)} ms idle, ${flood.medianMs.toFixed(0)} ms during |`,
);

// 3. Eight 50 MB bodies at once from a client that is over its limit.
const before = rss();
const big = Array.from({ length: 8 }, () =>
  fetch(`${base}/reactie`, {
    method: "POST",
    body: new Uint8Array(50 * 1024 * 1024).fill(0x61),
    headers: form,
    redirect: "manual",
  }).then(
    (r) => r.status,
    () => 0, // The server closed the connection before the body was sent: nothing of it was read.
  ),
);
rows.push(
  `| eight 50 MB bodies at once to /reactie | ${tally(await Promise.all(big))}; server RSS ${before.toFixed(2)} → ` +
    `${rss().toFixed(2)} GB |`,
);

// 4. 200 connections for 10 s on a column page: how many answers took longer than 2 s?
const crowd = await autocannon({ url: base + column, connections: 200, duration: 10, timeout: 2 });
rows.push(
  `| 200 connections for 10 s on a column | ${crowd.requests.total} requests, ${crowd.timeouts} past 2 s, ` +
    `p99 ${crowd.latency.p99} ms, ${Math.round(crowd.requests.average)} req/s |`,
);

console.log(["| attack | after |", "| --- | --- |", ...rows].join("\n"));
