// `npm start` serves the last build when nothing it was made from has changed. A build digests its inputs before it
// starts and, once it has succeeded, writes that digest with the address it was made for into .next.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generatedPublicPaths } from "./paths";
import { siteUrl } from "./site";

/** What a finished build was made from (`inputs`) and for (`url`; `urlAccepted`: public, or localhost on purpose). */
export type BuildStamp = { inputs: string; url: string; urlAccepted: boolean };

/** The files and folders of the project that a build reads, besides the content folder and its public/. */
const projectInputs = [
  "app",
  "lib",
  "public",
  "scripts",
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "proxy.ts",
];

type Sources = { root: string; contentDir: string; env: Record<string, string | undefined> };

/**
 * Returns a digest of everything a build is made from: the project's code and configuration files, the content
 * folder, the public/ files (but those the build writes there), and the two settings the build writes into its
 * output (the site's address, STANDALONE). The server's own settings (reactions secrets, PORT, DATABASE_URL, mail)
 * are read at run time and are left out.
 */
export function digestBuildInputs({ root, contentDir, env }: Sources): string {
  const hash = crypto.createHash("sha256");
  hash.update(`url=${siteUrl(env.SITE_URL)}\0standalone=${env.STANDALONE ?? ""}\0`);
  const inputs = new Set([...projectInputs.map((input) => path.resolve(root, input)), path.resolve(contentDir)]);
  inputs.add(path.resolve(contentDir, "..", "public"));
  for (const input of [...inputs].sort()) {
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
  const generated = path.basename(input) === "public" ? generatedPublicPaths : [];
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
  const { inputs, url, urlAccepted } = value as Record<string, unknown>;
  return typeof inputs === "string" && typeof url === "string" && typeof urlAccepted === "boolean";
}

/** Removes the stamp of the last build in `nextDir`, as a build starts writing over it: until it succeeds, none. */
export function clearBuildStamp(nextDir: string): void {
  fs.rmSync(stampPath(nextDir), { force: true });
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
  if (stamp.inputs !== digestBuildInputs(sources)) return "content, code or configuration changed since the last build";
  return undefined;
}
