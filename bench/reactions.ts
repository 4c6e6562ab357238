// The benchmark's reactions section: a burst of submissions from one address while readers load a column, and the
// cost of a column with 200 approved reactions once it has been regenerated.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "../lib/reactions/auth";
import { openEmbeddedDatabase } from "../lib/reactions/database";
import { migrate } from "../lib/reactions/migrations";
import { addReaction, moderateReaction } from "../lib/reactions/store";
import { load } from "./load";
import { startSite } from "../tools/server";

const password = "bench-wachtwoord-beheer";
const seededApproved = 199;

export interface ReactionsResult {
  submissions: number;
  burstSeconds: number;
  accepted: number;
  refused429: number;
  other: number;
  stored: number;
  normalRate: number;
  burstRate: number;
  regenerateMs: number;
  withReactionsP50Ms: number;
  withoutReactionsP50Ms: number;
  shownReactions: number;
}

/** Returns the environment a bench build and server need for open reactions, with a fresh data folder. */
export function benchReactionsEnv(): {
  REACTIONS_PASSWORD_HASH: string;
  REACTIONS_SECRET: string;
  REACTIONS_DATA_DIR: string;
} {
  return {
    REACTIONS_PASSWORD_HASH: hashPassword(password),
    REACTIONS_SECRET: "bench-secret-at-least-thirty-two-characters",
    REACTIONS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "column-bench-reactions-")),
  };
}

/** Measures reactions against the site's server on the current build; `env` must be the one the build had. */
export async function measureReactions(
  env: Record<string, string>,
  port: number,
  posts: { burst: string; busy: string; quiet: string },
  burstSeconds: number,
  submissions = 1000,
): Promise<ReactionsResult> {
  await seedApproved(env.REACTIONS_DATA_DIR, posts.busy, seededApproved);
  const base = `http://127.0.0.1:${port}`;
  const server = await startSite(port, env);
  try {
    const normal = await load(base + posts.burst, burstSeconds, 100);
    const [burst, during] = await Promise.all([
      sendBurst(base, posts.burst, submissions, burstSeconds),
      load(base + posts.burst, burstSeconds, 100),
    ]);
    const regenerateMs = await approveLast(base, posts.busy);
    const page = await (await fetch(base + posts.busy)).text();
    const withReactions = await load(base + posts.busy, 5, 2);
    const withoutReactions = await load(base + posts.quiet, 5, 2);
    server.kill();
    await new Promise((resolve) => server.once("exit", resolve));
    return {
      submissions,
      burstSeconds,
      ...burst,
      stored: await countStored(env.REACTIONS_DATA_DIR),
      normalRate: normal.requestsPerSecond,
      burstRate: during.requestsPerSecond,
      regenerateMs,
      withReactionsP50Ms: withReactions.p50Ms,
      withoutReactionsP50Ms: withoutReactions.p50Ms,
      shownReactions: page.match(/<li id="reactie-/g)?.length ?? 0,
    };
  } finally {
    server.kill();
  }
}

async function seedApproved(dir: string, post: string, count: number): Promise<void> {
  const db = await openEmbeddedDatabase(dir);
  await migrate(db);
  const columnSlug = post.split("/").at(-1) ?? "";
  for (let i = 0; i < count + 1; i++) {
    const body = `Reactie ${i} op deze column. ${"Een zin van een lezer, met wat woorden erin. ".repeat(6)}`;
    const stored = await addReaction(db, {
      columnSlug,
      name: `Lezer ${i}`,
      email: null,
      body,
      addressHash: "seed",
      fingerprint: `seed-${i}`,
    });
    if (i < count) await moderateReaction(db, stored.id, "approve"); // The last waits, for the editor to approve.
  }
  await db.close();
}

// 1,000 posts from one address, spread evenly over the burst, each with a valid signed form from the page.
async function sendBurst(base: string, post: string, submissions: number, seconds: number) {
  const html = await (await fetch(base + post)).text();
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const column = post.split("/").at(-1) ?? "";
  const statuses: Promise<number>[] = [];
  for (let i = 0; i < submissions; i++) {
    const body = new URLSearchParams({ column, token, name: "Robot", body: `Burst ${i} ${Date.now()}` });
    statuses.push(fetch(`${base}/reactie`, { method: "POST", body, redirect: "manual" }).then((r) => r.status));
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / submissions));
  }
  const all = await Promise.all(statuses);
  const accepted = all.filter((status) => status === 303).length;
  const refused429 = all.filter((status) => status === 429).length;
  return { accepted, refused429, other: all.length - accepted - refused429 };
}

// Signs in, approves the one pending reaction on `post` (its 200th), and times the regeneration its next visit does.
async function approveLast(base: string, post: string): Promise<number> {
  const signIn = await fetch(`${base}/beheer/aanmelden`, {
    method: "POST",
    body: new URLSearchParams({ password }),
    redirect: "manual",
  });
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
  const moderation = await (await fetch(`${base}/beheer`, { headers: { cookie } })).text();
  const item = moderation.split("<li>").find((part) => part.includes(`Lezer ${seededApproved}<`)) ?? "";
  const id = /name="id" value="([^"]+)"/.exec(item)?.[1] ?? "";
  await fetch(`${base}/beheer/reacties`, {
    method: "POST",
    body: new URLSearchParams({ id, action: "approve" }),
    headers: { cookie },
    redirect: "manual",
  });
  const started = performance.now();
  await (await fetch(base + post)).text();
  return Math.round(performance.now() - started);
}

async function countStored(dir: string): Promise<number> {
  const db = await openEmbeddedDatabase(dir);
  const [row] = await db.query<{ count: number }>(
    "select count(*)::integer as count from reactions where body like 'Burst %'",
  );
  await db.close();
  return row.count;
}

/** Returns the reactions section of the benchmark's report as a Markdown table. */
export function reactionsMarkdown(results: { size: number; reactions: ReactionsResult }[]): string {
  const lines = [
    "Reactions: submissions from one address spread over the burst, while 100 connections load the same column;",
    "then a column with 200 approved reactions, regenerated once, against a column without (2 connections, 5 s).",
    "",
    "| posts | sent | in | accepted (303) | refused (429) | other | stored | page rate before | during | share | regeneration | p50, 200 reactions | p50, none |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { size, reactions: x } of results) {
    const share = (x.burstRate / x.normalRate).toFixed(2);
    lines.push(
      `| ${size} | ${x.submissions} | ${x.burstSeconds} s | ${x.accepted} | ${x.refused429} | ${x.other} | ${x.stored} | ${x.normalRate}/s | ${x.burstRate}/s | ${share} | ${x.regenerateMs} ms | ${x.withReactionsP50Ms} ms (${x.shownReactions} shown) | ${x.withoutReactionsP50Ms} ms |`,
    );
  }
  return lines.join("\n");
}
