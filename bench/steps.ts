// Sections of npm run bench that live in scripts of their own, each printing its own Markdown. They run once, at
// the largest size measured in development (--dev-max), against the site's own server on that size's build. Each
// script is called as `jiti <script> <server URL> <server process id> <column path>`; to add a section, append it.
import { spawn } from "node:child_process";
import { freePort } from "../tools/ports";
import { startSite, stopServer } from "../tools/server";

/** A section of the benchmark that lives in its own file. */
export interface BenchStep {
  title: string;
  /** The script to run with jiti, relative to the repository. */
  script: string;
}

export const siteSteps: BenchStep[] = [
  { title: "Reactions under attack", script: "bench/reactions-attacks.ts" },
  { title: "Newsletter: one column to 10,000 subscribers", script: "bench/newsletter.ts" },
];

/** Runs every step against a fresh server on the current build; returns each step's title and Markdown. */
export async function runSiteSteps(env: Record<string, string>, column: string) {
  const sections: { title: string; markdown: string }[] = [];
  for (const step of siteSteps) {
    const port = await freePort();
    const server = await startSite(port, env);
    try {
      const args = [`http://127.0.0.1:${port}`, String(server.pid), column];
      sections.push({ title: step.title, markdown: await runStep(step, args, env) });
    } finally {
      await stopServer(server);
    }
  }
  return sections;
}

/** Runs one step and returns what it printed on stdout; throws with its output when it fails. */
async function runStep(step: BenchStep, args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn("node_modules/.bin/jiti", [step.script, ...args], {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`${step.title} (${step.script}) failed with exit code ${code}:\n${output}`);
  return output.trim();
}
