// `npm run dev` against the floor's `next dev`: how long until the server listens, and until the first column has
// been served, both from the moment the command starts, with no .next to start from; then how long a saved edit
// to that column's Markdown takes to show on a reload.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

/**
 * Seconds from the start of the command until its port accepts a connection, and until `columnPath` answered 200;
 * and from saving an edit to `postFile` until a reload of the column shows it.
 */
export interface DevFigures {
  readySeconds: number;
  firstColumnSeconds: number;
  editSeconds: number;
}

/** Starts a development server, measures it, and stops it with all the processes it started. */
export async function measureDev(
  server: { command: string; args: string[]; cwd?: string },
  port: number,
  columnPath: string,
  postFile: string,
  env: Record<string, string>,
): Promise<DevFigures> {
  const started = performance.now();
  // Its own process group: npm run dev starts a shell, which starts next dev, which starts its server.
  const child = spawn(server.command, server.args, {
    cwd: server.cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  const seconds = () => (performance.now() - started) / 1000;
  try {
    await waitFor(() => accepts(port), `${server.command} ${server.args.join(" ")} to listen on ${port}`);
    const readySeconds = seconds();
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${port}${columnPath}`)).status === 200,
      `${columnPath} to answer 200 from ${server.command} ${server.args.join(" ")}`,
    );
    const firstColumnSeconds = seconds();
    return {
      readySeconds,
      firstColumnSeconds,
      editSeconds: await measureEdit(`http://127.0.0.1:${port}${columnPath}`, postFile),
    };
  } finally {
    await stopGroup(child.pid ?? 0);
  }
}

// Adds a sentence to the post's Markdown, reloads the column until it shows, and puts the file back.
async function measureEdit(url: string, postFile: string): Promise<number> {
  const original = fs.readFileSync(postFile, "utf8");
  const marker = `bewerkt${Date.now().toString(36)}`;
  const saved = performance.now();
  fs.writeFileSync(postFile, `${original.trimEnd()}\n\nDeze zin is ${marker}.\n`);
  try {
    await waitFor(
      async () => (await (await fetch(url)).text()).includes(marker),
      `an edit to ${postFile} to show`,
      60,
      25,
    );
    return (performance.now() - saved) / 1000;
  } finally {
    fs.writeFileSync(postFile, original);
  }
}

// Stops every process of the group and waits until the last has gone: next dev writes .next until it exits.
async function stopGroup(groupId: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-groupId, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(-groupId, "SIGTERM");
  for (let tries = 0; alive(); tries++) {
    if (tries === 100) process.kill(-groupId, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutSeconds = 300,
  everyMs = 100,
): Promise<void> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  while (performance.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`Waited ${timeoutSeconds} s for ${what}: see whether it starts by hand.`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
