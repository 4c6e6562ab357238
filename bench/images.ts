// The image section of npm run bench: a site whose posts carry 4000 × 3000 camera-sized JPEGs, built both ways and
// opened in Chromium. Measures what a phone downloads for the photo, layout shift, that every variant answers 200
// from `npm start` and from out/, Lighthouse on the exported page, and what images cost a cold and a warm build.
// Leaves .next, out/ and public/_generated holding this site: run npm run build afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { cacheDir } from "../lib/cache";
import { ImageReader } from "../lib/content/images";
import { readContent } from "../lib/content/read";
import { defaultVariantCache, writeVariants } from "../lib/outputs/variants";
import { generatedDir } from "../lib/paths";
import { launchBrowser } from "../tools/chromium";
import { runLighthouse, score, serveStatic } from "../tools/lighthouse-run";
import { freePort } from "../tools/ports";
import { startSite } from "../tools/server";
import { syntheticPhoto } from "../tools/synthetic-photo";
import { measureCommand } from "./measure";

const photoPost = "/blog/met-foto";

/** What the image benchmark measured. */
export interface ImageBench {
  photos: number;
  sourceBytes: number;
  phoneBytes: number;
  phoneFiles: string[];
  cls: Record<string, number>;
  variantUrls: number;
  failedUrls: string[];
  lighthouseExport: number;
  readColdMs: number;
  readWarmMs: number;
  variantsColdMs: number;
  variantsWarmMs: number;
  cores: number;
}

/** Builds the photo site, measures it, and returns the figures; `screenshots` names a folder for page shots. */
export async function benchImages(photos = 4, screenshots?: string): Promise<ImageBench> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "column-bench-images-"));
  const contentDir = path.join(root, "content");
  const sourceBytes = await writePhotoSite(root, photos);
  const timing = await measureImageCost(contentDir, path.join(root, "public"));
  const env = { CONTENT_DIR: contentDir, SITE_URL: "http://localhost:3000", NEXT_TELEMETRY_DISABLED: "1" };
  const variantUrls = fs
    .readdirSync(path.join("public", generatedDir, "_variants"))
    .map((name) => `/_variants/${name}`);
  const failedUrls: string[] = [];
  const cls: Record<string, number> = {};
  let phone = { bytes: 0, files: [] as string[] };

  // The one build and the export derived from it, as npm run build and npm run export make them.
  await measureCommand("npm", ["run", "build:static"], env);
  const port = await freePort();
  const server = await startSite(port, env);
  try {
    failedUrls.push(...(await failing(`http://127.0.0.1:${port}`, variantUrls)).map((url) => `npm start ${url}`));
  } finally {
    server.kill();
  }
  // A port of its own: the killed server may still hold the first one for a moment.
  const staticPort = await freePort();
  const stop = await serveStatic("out", staticPort);
  let lighthouseExport = 0;
  try {
    const baseUrl = `http://127.0.0.1:${staticPort}`;
    failedUrls.push(...(await failing(baseUrl, variantUrls)).map((url) => `out/ ${url}`));
    const browser = await launchBrowser();
    try {
      for (const [name, options] of Object.entries(viewports)) {
        const context = await browser.newContext(options);
        const measured = await openPhotoPost(context, baseUrl, screenshots && path.join(screenshots, `images-${name}`));
        cls[name] = measured.cls;
        if (name === "phone-light") phone = measured;
        await context.close();
      }
    } finally {
      await browser.close();
    }
    lighthouseExport = score((await runLighthouse(baseUrl, [photoPost])).get(photoPost)!);
  } finally {
    stop();
  }
  fs.rmSync(root, { recursive: true });
  return {
    photos,
    sourceBytes,
    phoneBytes: phone.bytes,
    phoneFiles: phone.files,
    cls,
    variantUrls: variantUrls.length,
    failedUrls,
    lighthouseExport,
    cores: os.availableParallelism(),
    ...timing,
  };
}

const viewports = {
  "phone-light": { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, colorScheme: "light" },
  "phone-dark": { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, colorScheme: "dark" },
  "desktop-light": { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: "light" },
  "desktop-dark": { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2, colorScheme: "dark" },
} as const;

// A post with one photo after its first paragraph and one further down, and a post with a photo as cover; each a
// different 4000 × 3000 JPEG. Returns the size of one source photo.
async function writePhotoSite(root: string, photos: number): Promise<number> {
  for (const dir of ["content/posts", "content/authors", "public/images"])
    fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(path.join(root, "content/authors/jan-smit.md"), "---\nname: Jan Smit\n---\n");
  for (let index = 1; index <= photos; index++) {
    fs.writeFileSync(path.join(root, `public/images/foto-${index}.jpg`), await syntheticPhoto(4000, 3000, index));
  }
  const paragraph = "Een klant die gehoord wordt, komt terug. ".repeat(12).trim();
  const body = [
    paragraph,
    "![Gekleurde cirkels boven gestreept water](/images/foto-1.jpg)",
    ...Array(8).fill(paragraph),
  ];
  body.push("![Een tweede foto, verder in de column](/images/foto-2.jpg)", paragraph);
  const post = (title: string, extra: string, text: string[]) =>
    `---\ntitle: ${title}\ndate: 2026-01-0${extra ? 2 : 1}\nauthor: jan-smit\n${extra}---\n\n${text.join("\n\n")}\n`;
  fs.writeFileSync(path.join(root, "content/posts/met-foto.md"), post("Met foto", "", body));
  const cover = `image: /images/foto-${Math.min(3, photos)}.jpg\nimageAlt: Gekleurde cirkels\n`;
  fs.writeFileSync(path.join(root, "content/posts/met-omslag.md"), post("Met omslag", cover, [paragraph, paragraph]));
  return fs.statSync(path.join(root, "public/images/foto-1.jpg")).size;
}

// The content phase (header and hash of each photo) and the variant step, with empty caches and again warm. The
// caches are set aside for the cold run and put back afterwards.
async function measureImageCost(contentDir: string, publicDir: string) {
  // The image facts and the variants, in the build's one cache folder.
  const caches = [path.join(cacheDir, "images.json"), defaultVariantCache];
  for (const cache of caches) if (fs.existsSync(cache)) fs.renameSync(cache, `${cache}.bench-aside`);
  try {
    const files = fs.readdirSync(path.join(publicDir, "images"));
    const timeRead = () => {
      const started = performance.now();
      const reader = new ImageReader(publicDir);
      for (const name of files) reader.read(`/images/${name}`);
      reader.save();
      return (performance.now() - started) / files.length;
    };
    const readColdMs = timeRead();
    const readWarmMs = timeRead();
    const { posts } = readContent(contentDir, { publicDir });
    const options = { publicDir, outDir: path.resolve("public", generatedDir, "_variants") };
    fs.rmSync(options.outDir, { recursive: true, force: true });
    let started = performance.now();
    const cold = await writeVariants(posts, options);
    const variantsColdMs = (performance.now() - started) / cold.images;
    started = performance.now();
    const warm = await writeVariants(posts, options);
    if (warm.madeVariants > 0) throw new Error("The warm run made variants again: the cache does not work.");
    return { readColdMs, readWarmMs, variantsColdMs, variantsWarmMs: (performance.now() - started) / warm.images };
  } finally {
    for (const cache of caches) {
      fs.rmSync(cache, { recursive: true, force: true });
      if (fs.existsSync(`${cache}.bench-aside`)) fs.renameSync(`${cache}.bench-aside`, cache);
    }
  }
}

// Opens the photo post, scrolls to its end so that lazy images load, and returns the layout shift and the bytes of
// the image files the browser downloaded.
async function openPhotoPost(context: BrowserContext, baseUrl: string, screenshot?: string) {
  const page = await context.newPage();
  const files: string[] = [];
  let bytes = 0;
  page.on("response", async (response) => {
    if (!response.url().includes("/_variants/")) return;
    const body = await response.body();
    // The first photo's files: what a reader downloads for one photo.
    if (response.url().includes("/foto-1-")) bytes += body.length;
    files.push(`${response.url().split("/").at(-1)} (${body.length} bytes)`);
  });
  await page.addInitScript(() => {
    const state = window as unknown as { shifts: number };
    state.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.shifts += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(baseUrl + photoPost, { waitUntil: "networkidle" });
  if (screenshot) await page.screenshot({ path: `${screenshot}-top.png` });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  if (screenshot) {
    await page.screenshot({ path: `${screenshot}-post.png`, fullPage: true });
    await page.goto(baseUrl + "/", { waitUntil: "networkidle" });
    await page.screenshot({ path: `${screenshot}-index.png` });
  }
  await page.close();
  return { cls, bytes, files };
}

async function failing(baseUrl: string, urls: string[]): Promise<string[]> {
  const statuses = await Promise.all(urls.map(async (url) => [url, (await fetch(baseUrl + url)).status] as const));
  return statuses.filter(([, status]) => status !== 200).map(([url, status]) => `${url} ${status}`);
}

/** Returns the figures as Markdown lines for the benchmark's report. */
export function imageMarkdown(result: ImageBench): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return [
    `Images (${result.photos} photos of 4000 × 3000, ${kb(result.sourceBytes)} each as JPEG; ${result.cores} cores):`,
    "",
    "| measure | value |",
    "| --- | ---: |",
    `| a phone (375 px, 2×) downloads for the photo | ${kb(result.phoneBytes)} (${((100 * result.phoneBytes) / result.sourceBytes).toFixed(1)}% of the source) |`,
    `| CLS (phone and desktop, light and dark) | ${Object.values(result.cls)
      .map((value) => value.toFixed(3))
      .join(", ")} |`,
    `| variant URLs answering 200 (npm start and out/) | ${result.variantUrls * 2 - result.failedUrls.length} of ${result.variantUrls * 2} |`,
    `| Lighthouse performance, exported photo post (mobile) | ${result.lighthouseExport} |`,
    `| content phase per image, cold (header and hash) / warm | ${ms(result.readColdMs)} / ${ms(result.readWarmMs)} |`,
    `| variant step per image, cold / warm | ${ms(result.variantsColdMs)} / ${ms(result.variantsWarmMs)} |`,
  ].join("\n");
}
