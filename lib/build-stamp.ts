// `npm start` serves the last build when nothing it was made from has changed, and `npm run build` reuses the last
// compile when the code has not. A build digests its inputs before it starts and, once it has succeeded, writes the
// digests with the address it was made for into .next.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generatedFolder } from "./paths";
import { contentToday, siteUrl } from "./site";

/**
 * What a finished build was made from (`inputs`), what Next compiled of it (`code`), for what address (`url`;
 * `urlAccepted`: public, or localhost on purpose), and the day its first scheduled post is due (`nextPublication`):
 * from that day on, a build would publish more than this one did.
 */
export type BuildStamp = { inputs: string; code: string; url: string; urlAccepted: boolean; nextPublication?: string };

/**
 * What Next compiles: the code, its configuration, and the files Next takes from the project's root by their names
 * (those it finds). The content, public/ and the site's address are read as the pages are prerendered, so a build
 * that changes only those reuses the last compile; of the environment, Next writes only NEXT_PUBLIC_* into the code.
 */
const codeInputs = [
  "app",
  "lib",
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
];

/** The rest of the project that a build reads: the scripts that run it and the files served as they are. */
const otherInputs = ["public", "scripts"];

type Sources = { root: string; contentDir: string; env: Record<string, string | undefined> };

/**
 * Returns digests of what a build is made from. `code`: the project's code and configuration, STANDALONE (which
 * changes what Next writes) and NEXT_PUBLIC_* settings. `inputs`: that, and the rest of the project, the content
 * folder, the public/ files (but those the build writes there) and the site's address, which the build writes into
 * its pages. The server's own settings (reactions secrets, PORT, DATABASE_URL, mail) are read at run time and are
 * left out of both.
 */
export function digestBuildInputs({ root, contentDir, env }: Sources): { code: string; inputs: string } {
  const inlined = Object.keys(env)
    .filter((name) => name.startsWith("NEXT_PUBLIC_"))
    .sort()
    .map((name) => `${name}=${env[name]}\0`);
  const code = digestFiles(
    `standalone=${env.STANDALONE ?? ""}\0${inlined.join("")}`,
    root,
    codeInputs.map((input) => path.resolve(root, input)),
  );
  const others = [...otherInputs.map((input) => path.resolve(root, input)), path.resolve(contentDir)];
  others.push(path.resolve(contentDir, "..", "public"));
  return { code, inputs: digestFiles(`code=${code}\0url=${siteUrl(env.SITE_URL)}\0`, root, others) };
}

/**
 * Returns why a build made now would publish more than the one in `nextDir` (a scheduled post has come due since),
 * or undefined. That build is still good to serve: npm start builds again, and serves the last build if that fails.
 */
export function publicationDue(nextDir: string, today = contentToday()): string | undefined {
  const due = readBuildStamp(nextDir)?.nextPublication;
  return due && due <= today
    ? `a scheduled column is due (dated ${due}; the build was made before that day)`
    : undefined;
}

function digestFiles(settings: string, root: string, inputs: string[]): string {
  const hash = crypto.createHash("sha256").update(settings);
  for (const input of [...new Set(inputs)].sort()) {
    for (const file of listFiles(input)) {
      hash.update(`${path.relative(root, file)}\0`);
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

// Every file under `input` (or `input` itself), sorted, without what a build writes into a public/ folder.
function listFiles(input: string): string[] {
  const stat = fs.statSync(input, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [input];
  const generated = path.basename(input) === "public" ? [`/${generatedFolder}/`] : [];
  return fs
    .readdirSync(input, { recursive: true, encoding: "utf8" })
    .filter((relative) => !isGenerated(relative, generated))
    .map((relative) => path.join(input, relative))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}

function isGenerated(relative: string, generated: string[]): boolean {
  const urlPath = `/${relative.split(path.sep).join("/")}`;
  return generated.some((prefix) => (prefix.endsWith("/") ? urlPath.startsWith(prefix) : urlPath === prefix));
}

/** Returns where the stamp of the build in `nextDir` lives. */
export function stampPath(nextDir: string): string {
  return path.join(nextDir, "column-site-build.json");
}

/** Returns the stamp of the build in `nextDir`, or undefined when there is no finished build or no stamp. */
export function readBuildStamp(nextDir: string): BuildStamp | undefined {
  if (!fs.existsSync(path.join(nextDir, "BUILD_ID"))) return undefined;
  let stamp: unknown;
  try {
    stamp = JSON.parse(fs.readFileSync(stampPath(nextDir), "utf8"));
  } catch {
    return undefined;
  }
  return isBuildStamp(stamp) ? stamp : undefined;
}

function isBuildStamp(value: unknown): value is BuildStamp {
  if (typeof value !== "object" || value === null) return false;
  const { inputs, code, url, urlAccepted, nextPublication } = value as Record<string, unknown>;
  return (
    typeof inputs === "string" &&
    typeof code === "string" &&
    typeof url === "string" &&
    typeof urlAccepted === "boolean" &&
    (nextPublication === undefined || typeof nextPublication === "string")
  );
}

/**
 * Removes the stamp of the last build in `nextDir`, as a build starts writing over it (until it succeeds, none), and
 * returns it: a build whose code is the same as the last one's needs no compile.
 */
export function clearBuildStamp(nextDir: string): BuildStamp | undefined {
  const last = readBuildStamp(nextDir);
  fs.rmSync(stampPath(nextDir), { force: true });
  return last;
}

/** Writes the stamp of a build that has just succeeded in `nextDir`. */
export function writeBuildStamp(nextDir: string, stamp: BuildStamp): void {
  fs.writeFileSync(stampPath(nextDir), `${JSON.stringify(stamp, null, 2)}\n`);
}

/**
 * Returns why the build in `nextDir` cannot be served as it is (none yet, made for another address, made from other
 * files or settings), or undefined when nothing it was made from has changed.
 */
export function rebuildReason(nextDir: string, sources: Sources): string | undefined {
  const stamp = readBuildStamp(nextDir);
  if (!stamp) return "there is no finished build yet";
  const url = siteUrl(sources.env.SITE_URL);
  if (stamp.url !== url) return `the site's address changed from ${stamp.url} to ${url}`;
  const { inputs } = digestBuildInputs(sources);
  if (stamp.inputs !== inputs) return "content, code or configuration changed since the last build";
  return undefined;
}
