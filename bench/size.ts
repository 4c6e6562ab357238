// One size of the benchmark: a synthetic site of `size` posts, built both ways beside the floor, started in
// development beside the floor's `next dev`, then served and loaded; reactions last, on the same build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { searchIndexDir } from "../lib/outputs/search";
import { writeSyntheticContent } from "../tools/synthetic-content";
import { freePort } from "../tools/ports";
import { type BuildFigures, clearSite, measureBuilds } from "./builds";
import { type DevFigures, measureDev } from "./dev";
import { clearFloor, floorDev } from "./floor";
import { measureCommand } from "./measure";
import { benchReactionsEnv, measureReactions, type ReactionsResult } from "./reactions";
import { folderBytes } from "./search";
import { measureServing, type ServingFigures } from "./serving";
import { runSiteSteps } from "./steps";
import type { BenchOptions } from "./options";

export interface SizeResult extends ServingFigures {
  size: number;
  words: number;
  /** `npm run check` on the site, in seconds. */
  checkSeconds: number;
  builds: BuildFigures;
  /** Each from nothing, then started again on the .next it left (Turbopack's cache of the first start kept). */
  dev?: { site: DevFigures; floor: DevFigures; siteAgain: DevFigures; floorAgain: DevFigures };
  searchIndex: { bytes: number; files: number; seconds: number };
  reactions?: ReactionsResult;
  /** The sections of bench/steps.ts, at the largest size measured in development. */
  steps?: { title: string; markdown: string }[];
}

/** Generates a site of `size` posts, measures it and the floor on it, and removes it again. */
export async function measureSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), `column-bench-${size}-`));
  const words = writeSyntheticContent(contentDir, size);
  // The synthetic site is built for this machine on purpose: the address is given, so the build does not refuse it.
  const env = {
    CONTENT_DIR: contentDir,
    SITE_URL: "http://localhost:3000",
    NEXT_TELEMETRY_DISABLED: "1",
    ...benchReactionsEnv(),
  };
  const log = (line: string) => console.error(`  ${size} posts: ${line}`);
  log(`${Math.round(words / size)} words each on average, in ${contentDir}`);
  try {
    // A column that is not a draft (every 40th is), present at every size.
    const column = `/blog/column-${Math.min(size, 7)}`;
    const dev = size <= options.devMaxSize ? await measureBothDev(column, contentDir, env) : undefined;
    if (dev)
      log(
        `dev: first column in ${dev.site.firstColumnSeconds.toFixed(1)} s (floor ${dev.floor.firstColumnSeconds.toFixed(1)} s), ` +
          `started again ${dev.siteAgain.firstColumnSeconds.toFixed(1)} s (floor ${dev.floorAgain.firstColumnSeconds.toFixed(1)} s)`,
      );
    clearSite();
    const checkSeconds = (await measureCommand("npm", ["run", "check"], env)).seconds;
    const builds = await measureBuilds(contentDir, env, options.runs);
    log(`cold ${builds.site.cold.median.toFixed(1)} s (floor ${builds.floor.cold.median.toFixed(1)} s)`);
    const index = await measureCommand("npm", ["run", "search-index"], env);
    // The soak only at the largest size, where memory would grow most.
    const soakSeconds = size === Math.max(...options.sizes) ? options.soakSeconds : 0;
    const serving = await measureServing(env, column, { loadSeconds: options.loadSeconds, soakSeconds });
    const reactions =
      options.burstSeconds > 0 && size >= 10 ? await measureBurst(env, options.burstSeconds) : undefined;
    const largestInDev = Math.max(...options.sizes.filter((each) => each <= options.devMaxSize));
    const steps = size === largestInDev ? await runSiteSteps(env, column) : undefined;
    return {
      size,
      words,
      checkSeconds,
      builds,
      dev,
      searchIndex: { ...folderBytes(searchIndexDir), seconds: index.seconds },
      ...serving,
      reactions,
      steps,
    };
  } finally {
    fs.rmSync(env.REACTIONS_DATA_DIR, { recursive: true, force: true });
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
}

// Both development servers from nothing (no .next, no generated files), and each once more on what it left.
async function measureBothDev(column: string, contentDir: string, env: Record<string, string>) {
  const postFile = path.join(contentDir, "posts", `${path.basename(column)}.md`);
  const measure = async (server: { command: string; args: string[]; cwd?: string }) =>
    measureDev(server, await freePort(), column, postFile, env);
  const siteDev = { command: "npm", args: ["run", "dev"] };
  clearFloor();
  const floor = await measure(floorDev);
  const floorAgain = await measure(floorDev);
  clearSite();
  const site = await measure(siteDev);
  const siteAgain = await measure(siteDev);
  return { site, floor, siteAgain, floorAgain };
}

async function measureBurst(env: Record<string, string>, burstSeconds: number) {
  const posts = { burst: "/blog/column-7", busy: "/blog/column-8", quiet: "/blog/column-9" };
  return measureReactions(env, await freePort(), posts, burstSeconds);
}
