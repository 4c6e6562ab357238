// Starting a long-running server (next start, next dev, nginx) for the tests, npm run lighthouse and the benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import { ensurePortFree } from "./ports";

/** Starts a long-running server and waits until `url` answers; throws when the port is taken or the server exits. */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  env: Record<string, string> = {},
  options: { cwd?: string; timeoutSeconds?: number } = {},
): Promise<ChildProcess> {
  // Something answering there already would be tested in place of this server.
  await ensurePortFree(Number(new URL(url).port));
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...env }, stdio: "ignore" });
  let exited = false;
  child.once("exit", () => (exited = true));
  const timeoutSeconds = options.timeoutSeconds ?? 30;
  for (let tries = 0; tries < timeoutSeconds * 10 && !exited; tries++) {
    try {
      await fetch(url);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  if (exited) throw new Error(`${command} ${args.join(" ")} exited before it answered on ${url}`);
  throw new Error(
    `${command} did not answer on ${url} within ${timeoutSeconds} s (for next start: run npm run build first)`,
  );
}

/**
 * Starts the site's own server on the last build, as `npm start` serves it (server.ts, without the rebuild check),
 * on 127.0.0.1 at `port`; resolves once `/` answers.
 */
export function startSite(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const args = ["server.ts", "-p", String(port), "-H", "127.0.0.1"];
  return startServer("node_modules/.bin/jiti", args, `http://127.0.0.1:${port}/`, env);
}

/** Stops a server started by startServer and resolves once it has exited. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill();
  await exited;
}
