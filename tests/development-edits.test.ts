// `npm run dev` after a saved edit: the posts in memory are reused (the content store on disk is neither read nor
// written: a write would stall the page being answered), the edit shows at once, and the next process to read the
// store (next dev starts one at every request of a column) reads the changed file and writes the store.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { fixtures } from "./helpers";

// Set before the site's modules load: they read their configuration once.
// The fixture site and its public/ (images), copied side by side so that a post can be edited.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-edits-"));
const dir = path.join(root, "content");
fs.cpSync(path.join(fixtures, "site"), dir, { recursive: true });
fs.cpSync(path.join(fixtures, "public"), path.join(root, "public"), { recursive: true });
vi.stubEnv("NODE_ENV", "development");
vi.stubEnv("CONTENT_DIR", dir);
vi.stubEnv("CACHE_DIR", path.join(root, "cache"));

const { getContent } = await import("@/lib/content/load");
const { contentStoreFile } = await import("@/lib/cache");

const titleOf = (slug: string) => getContent().posts.find((post) => post.slug === slug)?.title;
const storedTitle = (slug: string) =>
  JSON.parse(fs.readFileSync(contentStoreFile, "utf8")).posts.find((post: { slug: string }) => post.slug === slug)
    ?.title;
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("an edit in npm run dev", () => {
  it("shows at once from the posts in memory, leaves the store to the next process, which brings it up to date", async () => {
    expect(titleOf("eerste-column")).toBeDefined();
    await nextTurn();
    const before = storedTitle("eerste-column");
    expect(before).toBe(titleOf("eerste-column"));

    const file = path.join(dir, "posts", "eerste-column.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "Een nieuwe titel"'));
    const reads = vi.spyOn(fs, "readFileSync");
    const writes = vi.spyOn(fs, "writeFileSync");
    expect(titleOf("eerste-column")).toBe("Een nieuwe titel");
    await nextTurn();
    expect(reads.mock.calls.filter(([read]) => read === contentStoreFile)).toEqual([]);
    expect(writes).not.toHaveBeenCalled();
    reads.mockRestore();
    writes.mockRestore();
    expect(storedTitle("eerste-column")).toBe(before);

    // Another process: the site's modules loaded afresh.
    vi.resetModules();
    const next = await import("@/lib/content/load");
    expect(next.getContent().posts.find((post) => post.slug === "eerste-column")?.title).toBe("Een nieuwe titel");
    expect(storedTitle("eerste-column")).toBe("Een nieuwe titel");
  });
});
