// Further sections of npm run bench, each a standalone script in bench/ that prints its own Markdown. To add one,
// append it to `extraSteps`; the benchmark runs them in order after its own sections, once per run (not per size),
// and adds what each prints to the report under its title.
import { spawn } from "node:child_process";

/** A section of the benchmark that lives in its own file. */
export interface BenchStep {
  title: string;
  /** The script to run with jiti, relative to the repository, and its arguments. */
  script: string;
  args?: string[];
}

/** For example: `{ title: "Reactions under attack", script: "bench/reactions-attacks.ts" }`. */
export const extraSteps: BenchStep[] = [];

/** Runs one step and returns what it printed on stdout; throws with its output when it fails. */
export async function runStep(step: BenchStep): Promise<string> {
  const child = spawn("node_modules/.bin/jiti", [step.script, ...(step.args ?? [])], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`${step.title} (${step.script}) failed with exit code ${code}:\n${output}`);
  return output.trim();
}
