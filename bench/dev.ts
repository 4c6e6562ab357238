// `npm run dev` against the floor's `next dev`: how long until the server listens, and until the first column has
// been served, both from the moment the command starts, with no .next to start from.
import { spawn } from "node:child_process";
import net from "node:net";

/** Seconds from the start of the command until its port accepts a connection, and until `columnPath` answered 200. */
export interface DevFigures {
  readySeconds: number;
  firstColumnSeconds: number;
}

/** Starts a development server, measures it, and stops it with all the processes it started. */
export async function measureDev(
  server: { command: string; args: string[]; cwd?: string },
  port: number,
  columnPath: string,
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
    return { readySeconds, firstColumnSeconds: seconds() };
  } finally {
    await stopGroup(child.pid ?? 0);
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

async function waitFor(check: () => Promise<boolean>, what: string, timeoutSeconds = 300): Promise<void> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  while (performance.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
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
