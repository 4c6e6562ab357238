// npm run build: check the content, draw the Open Graph images on every core, then one `next build`.
// `npm run export` derives the static site in out/ from that same build.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isPublished } from "../lib/content/posts";
import { writeOgImages } from "../lib/outputs/og/pool";
import { getReactionsConfig } from "../lib/reactions/config";
import { defaultDataDir } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { snapshotApprovedReactions } from "../lib/reactions/snapshot";
import { site } from "../lib/site";
import { checkContent } from "./content-check";

const publicDir = path.join(process.cwd(), "public");
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const started = performance.now();
const content = await checkContent(site.contentDir);
if (!content) process.exit(1);
console.log(`Content read and checked in ${seconds(started)}.`);

const drawing = performance.now();
const images = await writeOgImages(content.posts.filter(isPublished), publicDir);
console.log(`Open Graph images: ${images.drawn} drawn, ${images.cached} from the cache, in ${seconds(drawing)}.`);

// Next's build workers must not open the embedded database at once: the approved reactions are read here, once.
loadProjectEnv();
const reactions = await snapshotApprovedReactions();
const where = reactions.kind === "server" ? "DATABASE_URL" : path.relative(process.cwd(), defaultDataDir());
const form = getReactionsConfig() ? "open" : "closed (REACTIONS_PASSWORD_HASH and REACTIONS_SECRET are not set)";
console.log(`Reactions: ${reactions.count} approved in ${where}; the form is ${form}.`);

const next = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
process.exit(next.status ?? 1);
