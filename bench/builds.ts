// The build figures: the site's both outputs (`npm run build:static`) cold and after one edited post, beside the
// floor's `next build` in the same state. Each run builds the floor, then the site, so that a busy machine weighs on
// both alike; the report gives the site's figures as ratios to the floor's.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { clearFloor, floorBuild } from "./floor";
import { measureCommand } from "./measure";

/** Several runs of one build: the median wall time and the range, in seconds, and the highest memory peak. */
export interface Runs {
  median: number;
  min: number;
  max: number;
  peakMb: number;
}

/** The figures of one size, for the site and for the floor. */
export interface BuildFigures {
  site: { cold: Runs; edited: Runs };
  floor: { cold: Runs; edited: Runs };
}

type Measured = Awaited<ReturnType<typeof measureCommand>>;

const buildBothOutputs = (env: Record<string, string>) => measureCommand("npm", ["run", "build:static"], env);
const buildFloor = (env: Record<string, string>) =>
  measureCommand(floorBuild.command, floorBuild.args, env, floorBuild.cwd);

/** Builds the site and the floor `runs` times cold, then `runs` times after editing one post, caches kept. */
export async function measureBuilds(contentDir: string, env: Record<string, string>, runs: number) {
  const cold = { site: [] as Measured[], floor: [] as Measured[] };
  for (let run = 0; run < runs; run++) {
    clearFloor();
    cold.floor.push(await buildFloor(env));
    clearSite();
    cold.site.push(await buildBothOutputs(env));
  }
  const edited = { site: [] as Measured[], floor: [] as Measured[] };
  for (let run = 0; run < runs; run++) {
    editOnePost(contentDir, run);
    edited.floor.push(await buildFloor(env));
    edited.site.push(await buildBothOutputs(env));
  }
  const figures: BuildFigures = {
    site: { cold: summarise(cold.site), edited: summarise(edited.site) },
    floor: { cold: summarise(cold.floor), edited: summarise(edited.floor) },
  };
  return figures;
}

/**
 * A cold start for the site: no build, no export, no cache (.next/cache and node_modules/.cache), and none of the
 * files a build generates into public/ (those .gitignore names there).
 */
export function clearSite(): void {
  for (const dir of [".next", "out", path.join("node_modules", ".cache")]) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  execFileSync("git", ["clean", "-fdXq", "--", "public"]);
}

// An editor's change to one post: a sentence more at its end, different each run so that no cache can keep it.
function editOnePost(contentDir: string, run: number): void {
  const file = path.join(contentDir, "posts", "column-1.md");
  fs.appendFileSync(file, `\nEen zin erbij, bewerking ${run + 1} om ${new Date().toISOString()}.\n`);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

function summarise(measured: Measured[]): Runs {
  const seconds = measured.map((m) => m.seconds).sort((a, b) => a - b);
  return {
    median: seconds[Math.floor(seconds.length / 2)],
    min: seconds[0],
    max: seconds.at(-1) ?? 0,
    peakMb: mb(Math.max(...measured.map((m) => m.peakBytes))),
  };
}
