// The content store: read, checked and rendered once, then read by every other process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtures } from "./helpers";

vi.mock("@/lib/markdown", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/markdown")>();
  return { ...original, parseMarkdown: vi.fn(original.parseMarkdown) };
});

const { parseMarkdown } = await import("@/lib/markdown");
const { readContent } = await import("@/lib/content/read");
const { writeSyntheticContent } = await import("@/tools/synthetic-content");
const parses = vi.mocked(parseMarkdown);

/** Returns a copy of the fixture site and its public folder, with a cache folder of its own, configured. */
function configureFixtureSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-store-"));
  fs.cpSync(path.join(fixtures, "site"), path.join(dir, "content"), { recursive: true });
  fs.cpSync(path.join(fixtures, "public"), path.join(dir, "public"), { recursive: true });
  vi.stubEnv("CONTENT_DIR", path.join(dir, "content"));
  vi.stubEnv("CACHE_DIR", path.join(dir, "cache"));
  vi.stubEnv("CONTENT_TODAY", "2024-01-01");
  return path.join(dir, "content");
}

/** Returns getContent as a new process sees it: modules loaded afresh, with the environment as it is now. */
async function newProcess() {
  vi.resetModules();
  return (await import("@/lib/content/load")).getContent;
}

function postReads(spy: { mock: { calls: unknown[][] } }, contentDir: string): number {
  return spy.mock.calls.filter(([file]) => String(file).startsWith(path.join(contentDir, "posts"))).length;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the content store", () => {
  it("gives a later process the same content without reading or parsing the posts again", async () => {
    const contentDir = configureFixtureSite();
    const first = (await newProcess())();
    expect(fs.existsSync(path.join(contentDir, "..", "cache", "content.json"))).toBe(true);
    const getContent = await newProcess();
    const spy = vi.spyOn(fs, "readFileSync");
    parses.mockClear();
    const second = getContent();
    expect(postReads(spy, contentDir)).toBe(0);
    expect(parses).not.toHaveBeenCalled();
    expect(second).toEqual(first);
    expect(second.posts[0].author).toBe(second.authors.get(second.posts[0].author.slug));
    expect(second).toEqual(readContent(contentDir, { today: "2024-01-01" }));
  });

  it("gives a step that takes each post once the same posts, a post at a time, never parsing the whole store", async () => {
    configureFixtureSite();
    const content = (await newProcess())();
    vi.resetModules();
    const { contentStoreFile } = await import("@/lib/cache");
    const { readStoreByPost } = await import("@/lib/content/store");
    const { postsOneByOne } = await import("@/lib/content/read-parallel");
    const lines = fs.readFileSync(contentStoreFile, "utf8").split("\n");
    expect(lines).toHaveLength(content.posts.length + 2); // The fields, a post a line, the close.
    const parse = vi.spyOn(JSON, "parse");
    const reading = readStoreByPost();
    expect(parse.mock.calls.every(([text]) => String(text).length < lines[0].length + 3)).toBe(true);
    const posts = reading?.posts;
    const first = posts?.next().value;
    expect(first).toEqual(content.posts[0]);
    expect(parse.mock.calls.every(([text]) => String(text).length < 0.9 * lines.join("\n").length)).toBe(true);
    expect([first, ...(posts ?? [])]).toEqual(content.posts);
    const reads = vi.spyOn(fs, "readFileSync");
    expect([...(await postsOneByOne())]).toEqual(content.posts);
    expect(reads.mock.calls.filter(([read]) => read === contentStoreFile)).toEqual([]);
  });

  it("gives a step that takes each post once the posts read afresh when the store is not current", async () => {
    const contentDir = configureFixtureSite();
    const content = (await newProcess())();
    const file = path.join(contentDir, "posts", fs.readdirSync(path.join(contentDir, "posts"))[0]);
    fs.appendFileSync(file, "\nEen zin erbij.\n");
    vi.resetModules();
    const { postsOneByOne } = await import("@/lib/content/read-parallel");
    const posts = [...(await postsOneByOne())];
    expect(posts.map((post) => post.slug)).toEqual(content.posts.map((post) => post.slug));
    expect(posts.find((post) => post.file === file)?.html).toContain("Een zin erbij.");
  });

  it("reads a store of another layout as no store, a post at a time", async () => {
    configureFixtureSite();
    (await newProcess())();
    vi.resetModules();
    const { contentStoreFile } = await import("@/lib/cache");
    const { readStore, readStoreByPost } = await import("@/lib/content/store");
    fs.writeFileSync(contentStoreFile, JSON.stringify(readStore()));
    expect(readStoreByPost()).toBeUndefined();
  });

  it("parses only the changed post again once one post has changed", async () => {
    const contentDir = configureFixtureSite();
    (await newProcess())();
    const file = path.join(contentDir, "posts", "eerste-column.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("title: Eerste column", "title: Eerste column, herzien"),
    );
    const getContent = await newProcess();
    parses.mockClear();
    const changed = getContent();
    // One post body; the other five are the store's. (The authors' bios are always read again.)
    expect(parses.mock.calls.filter(([body]) => body.length > 40)).toHaveLength(1);
    expect(changed.posts.map((post) => post.title)).toContain("Eerste column, herzien");
    expect(changed).toEqual(readContent(contentDir, { today: "2024-01-01" }));
  });

  it("takes no notice of an editor's hidden files beside the posts, which are no posts", async () => {
    const contentDir = configureFixtureSite();
    (await newProcess())();
    const { configuredSources, isCurrentStore, readStore } = await import("@/lib/content/store");
    fs.writeFileSync(path.join(contentDir, "posts", ".eerste-column.md.swp"), "vim");
    expect(isCurrentStore(readStore()!, configuredSources())).toBe(true);
  });

  it("keeps the day of the check that wrote it, in a server on a later day too, until a check publishes what is due", async () => {
    configureFixtureSite();
    const scheduled = (content: { posts: { slug: string; scheduled: boolean }[] }) =>
      content.posts.find((post) => post.slug === "gepland")?.scheduled;
    expect(scheduled((await newProcess())())).toBe(true);
    vi.stubEnv("CONTENT_TODAY", "2099-01-02");
    // A server started on a later day (no Markdown reader in production) serves the last build as it was made.
    vi.stubEnv("NODE_ENV", "production");
    expect(scheduled((await newProcess())())).toBe(true);
    // A preview follows the day.
    vi.stubEnv("NODE_ENV", "development");
    expect(scheduled((await newProcess())())).toBe(false);
    // The next check or build (npm start runs one once a scheduled post is due) publishes it, for every process.
    vi.stubEnv("NODE_ENV", "test");
    vi.resetModules();
    const { buildContent } = await import("@/lib/content/read-parallel");
    expect(scheduled(await buildContent())).toBe(false);
    vi.stubEnv("NODE_ENV", "production");
    expect(scheduled((await newProcess())())).toBe(false);
  });

  it("parses everything again when lib/ changes, since its rules shape every post", async () => {
    const contentDir = configureFixtureSite();
    (await newProcess())();
    fs.appendFileSync(path.join(contentDir, "posts", "eerste-column.md"), "\nEen nieuwe alinea.\n");
    const readFileSync = fs.readFileSync;
    vi.spyOn(fs, "readFileSync").mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: never[]) => {
      const text = readFileSync(file, ...rest);
      return String(file).endsWith(path.join("lib", "dates.ts")) ? `${text}\n// changed` : text;
    }) as typeof fs.readFileSync);
    const getContent = await newProcess();
    parses.mockClear();
    getContent();
    // Six post bodies and one author bio.
    expect(parses).toHaveBeenCalledTimes(7);
  });

  it("in npm run dev, shows an edited post on the next call", async () => {
    const contentDir = configureFixtureSite();
    vi.stubEnv("NODE_ENV", "development");
    const getContent = await newProcess();
    expect(getContent().posts.map((post) => post.title)).toContain("Eerste column");
    const file = path.join(contentDir, "posts", "eerste-column.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("title: Eerste column", "title: Eerste column, nu"));
    expect(getContent().posts.map((post) => post.title)).toContain("Eerste column, nu");
  });
});

describe("readContentInParallel", { timeout: 120_000 }, () => {
  it("reads a site on worker threads into the same content as one thread does", async () => {
    const { readContentInParallel } = await import("@/lib/content/read-parallel");
    const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "column-parallel-")), "content");
    writeSyntheticContent(contentDir, 40);
    const options = { today: "2026-01-01", publicDir: path.join(contentDir, "..", "public") };
    // Two threads, as a site of 500 posts or more gets on two cores.
    const parallel = await readContentInParallel(contentDir, options, 2);
    expect(parallel).toEqual(readContent(contentDir, options));
    expect(parallel.posts).toHaveLength(40);
    expect(parallel.posts[0].author).toBe(parallel.authors.get(parallel.posts[0].author.slug));
  });
});
