// npm run bench [-- --sizes 2,1000 --runs 2 --10000 ...; see bench/options.ts]: for each size, a synthetic site built
// both ways beside bench/floor (a minimal Next.js blog on the same posts), started in development, served and
// loaded, with the sections of bench/steps.ts at one size; then a site of camera-sized photos (bench/images.ts).
// Prints Markdown tables and writes them, and the figures as JSON, to bench/results/. Leaves .next, out/ and public/
// holding the last synthetic site: run npm run build afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchImages, imageMarkdown } from "./images";
import { loadGenerator } from "./load";
import { parseOptions } from "./options";
import { reactionsMarkdown } from "./reactions";
import { benchMarkdown } from "./report";
import { measureSize, type SizeResult } from "./size";

const options = parseOptions(process.argv.slice(2));
const resultsDir = path.join(import.meta.dirname, "results");
fs.mkdirSync(resultsDir, { recursive: true });

const results: SizeResult[] = [];
for (const size of options.sizes) results.push(await measureSize(size, options));
const images = options.images > 0 ? await benchImages(options.images, resultsDir) : undefined;
const extra = results.flatMap(({ steps = [] }) => steps.map(({ title, markdown }) => `## ${title}\n\n${markdown}`));

const cpus = os.cpus();
const head = {
  machine: `${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 1048576)} MB, Node ${process.version}`,
  runs: options.runs,
  loadSeconds: options.loadSeconds,
  generator: loadGenerator(),
};
const withReactions = results.flatMap(({ size, reactions }) => (reactions ? [{ size, reactions }] : []));
const markdown = [
  results.length > 0 ? benchMarkdown(head, results) : "",
  withReactions.length > 0 ? reactionsMarkdown(withReactions) : "",
  images ? imageMarkdown(images) : "",
  images?.failedUrls.length ? `Variants not answering 200: ${images.failedUrls.join(", ")}` : "",
  ...extra,
]
  .filter(Boolean)
  .join("\n\n");
const report = { date: new Date().toISOString(), ...head, options, results, images, extra };
fs.writeFileSync(path.join(resultsDir, "latest.json"), JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(resultsDir, "latest.md"), `${markdown}\n`);
console.log(markdown);
console.error(`Written to ${path.relative(process.cwd(), resultsDir)}/latest.md and latest.json.`);
