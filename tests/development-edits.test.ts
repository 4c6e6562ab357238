// `npm run dev` after a saved edit: next dev's pages read only the content store, and a page that finds a file changed
// asks the check beside next dev (npm run check -- --follow) to write it again, and waits for it. Its problems show
// the same way, and without a check running a page says how to start one. Outside Next (the commands, these tests'
// other files) the content is read from the files.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { fixtures } from "./helpers";

// The fixture site and its public/ (images), copied side by side so that a post can be edited.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-edits-"));
const dir = path.join(root, "content");
fs.cpSync(path.join(fixtures, "site"), dir, { recursive: true });
fs.cpSync(path.join(fixtures, "public"), path.join(root, "public"), { recursive: true });
const file = path.join(dir, "posts", "eerste-column.md");
const original = fs.readFileSync(file, "utf8");
const settings = { NODE_ENV: "development", CONTENT_DIR: dir, CACHE_DIR: path.join(root, "cache") } as const;

// Set before the site's modules load: they read their configuration once. NEXT_RUNTIME as Next sets it in its
// bundles, where lib/content/load.ts has no Markdown reader.
for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
vi.stubEnv("NEXT_RUNTIME", "nodejs");

const { getContent } = await import("@/lib/content/load");
const { ContentError } = await import("@/lib/content/problems");
const { contentStoreFile } = await import("@/lib/cache");

const titleOf = (slug: string) => getContent().posts.find((post) => post.slug === slug)?.title;
const save = (text: string) => fs.writeFileSync(file, text);
const within = (seconds: number, check: () => unknown) => vi.waitFor(check, { timeout: seconds * 1000, interval: 50 });

let stopCheck = async () => {};

// Starts npm run dev's check, as scripts/dev.ts does, and tells the pages its process id.
function startCheck() {
  const env = { ...process.env, ...settings, NEXT_RUNTIME: "" };
  const checker = spawn("node_modules/.bin/jiti", ["scripts/check.ts", "--follow"], { env, stdio: "ignore" });
  const exited = new Promise((resolve) => checker.once("exit", resolve));
  vi.stubEnv("CONTENT_CHECK_PID", String(checker.pid));
  stopCheck = async () => {
    checker.kill();
    await exited;
  };
}

afterAll(async () => {
  await stopCheck();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("a page in npm run dev", () => {
  it("waits for the check beside next dev to store a saved edit, and shows a saved mistake until it is fixed", async () => {
    startCheck();
    await within(30, () => expect(fs.existsSync(contentStoreFile)).toBe(true));
    expect(titleOf("eerste-column")).toBeDefined();

    // Asked for at once after the save: the page waits until the check has stored the file again.
    save(original.replace(/^title: .*$/m, 'title: "Een nieuwe titel"'));
    expect(titleOf("eerste-column")).toBe("Een nieuwe titel");
    expect(fs.readFileSync(contentStoreFile, "utf8")).toContain("Een nieuwe titel");

    save(original.replace(/^date: .*$/m, "date: 2024-13-45"));
    let thrown: unknown;
    try {
      getContent();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as InstanceType<typeof ContentError>).problems).toEqual([
      expect.objectContaining({ file, line: 3, field: "date" }),
    ]);

    save(original);
    expect(titleOf("eerste-column")).not.toBe("Een nieuwe titel");
    expect(titleOf("eerste-column")).toBeDefined();
  });

  it("follows saves that replace the file (as vim and JetBrains save), again and again", () => {
    for (const title of ["Eerste keer", "Tweede keer", "Derde keer"]) {
      const temporary = `${file}.tmp`;
      fs.writeFileSync(temporary, original.replace(/^title: .*$/m, `title: "${title}"`));
      fs.renameSync(temporary, file);
      expect(titleOf("eerste-column")).toBe(title);
    }
    save(original);
  });

  it("shows the column again when the image it lacked is put back as it was, time and all", async () => {
    const image = path.join(root, "public", "images", "haven.jpg");
    const aside = path.join(root, "haven.jpg");
    expect(titleOf("eerste-column")).toBeDefined();
    fs.renameSync(image, aside);
    // Not a content file: the page learns of it on the next change of one, or when the check is asked again.
    save(`${original}\n`);
    expect(() => getContent()).toThrow(/haven\.jpg/);
    fs.renameSync(aside, image);
    save(original);
    expect(titleOf("eerste-column")).toBeDefined();
    // The same files as at the last good check: the store on disk holds, and the problems are gone.
    fs.renameSync(image, aside);
    save(`${original}\n`);
    expect(() => getContent()).toThrow(/haven\.jpg/);
    fs.renameSync(aside, image);
    // Problems are kept a second, for the dozen questions of one page; then the check is asked again.
    await within(5, () => expect(titleOf("eerste-column")).toBeDefined());
  });

  it("takes a store that another lib/ made from the files as they are: which lib/ the check runs is its own", async () => {
    const { configuredSources, readStore, storedContent, writeStore } = await import("@/lib/content/store");
    await stopCheck(); // the page must not need it
    save(original.replace(/^title: .*$/m, 'title: "Nog een titel"'));
    const content = storedContent(readStore()!);
    const posts = content.posts.map((post) => ({ ...post, title: "Van een andere lib/" }));
    writeStore({ ...configuredSources(), libHash: "een andere lib/" }, { ...content, posts });
    expect(titleOf("eerste-column")).toBe("Van een andere lib/");
    // The check's own answer, written after (as after a start, when the first page comes before its first check):
    // the next request takes it, though no content file changed.
    const checked = content.posts.map((post) => ({ ...post, title: "Van de check" }));
    writeStore({ ...configuredSources(), libHash: "de lib/ van de check" }, { ...content, posts: checked });
    expect(titleOf("eerste-column")).toBe("Van de check");
  });

  it("says how to start the check when a file changed and none runs", () => {
    save(original.replace(/^title: .*$/m, 'title: "Niemand kijkt"'));
    expect(() => getContent()).toThrow(`${dir} changed and nothing checks it: start the preview with npm run dev`);
  });
});

describe("outside Next, in development", () => {
  it("reads a saved edit from the files and stores it, and looks again at problems a file in public/ fixed", async () => {
    vi.stubEnv("NEXT_RUNTIME", "");
    vi.resetModules();
    const load = await import("@/lib/content/load");
    const title = () => load.getContent().posts.find((post) => post.slug === "eerste-column")?.title;
    save(original.replace(/^title: .*$/m, 'title: "Uit de bestanden"'));
    expect(title()).toBe("Uit de bestanden");
    expect(fs.readFileSync(contentStoreFile, "utf8")).toContain("Uit de bestanden");

    const image = path.join(root, "public", "images", "haven.jpg");
    fs.renameSync(image, path.join(root, "haven.jpg"));
    save(original);
    expect(() => load.getContent()).toThrow(/haven\.jpg/);
    fs.renameSync(path.join(root, "haven.jpg"), image);
    await within(5, () => expect(title()).toBeDefined());
  });
});
