import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/markdown", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/markdown")>();
  return { ...original, parseMarkdown: vi.fn(original.parseMarkdown) };
});

const { parseMarkdown } = await import("@/lib/markdown");
const { readContentOnce } = await import("@/lib/content/snapshot");
const { readContent } = await import("@/lib/content/read");
const { readContentInParallel } = await import("@/lib/content/read-parallel");
const { writeSyntheticContent } = await import("@/tools/synthetic-content");
const { fixtures } = await import("./helpers");

function copyOfFixtureSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-snapshot-"));
  fs.cpSync(path.join(fixtures, "site"), path.join(dir, "content"), { recursive: true });
  fs.cpSync(path.join(fixtures, "public"), path.join(dir, "public"), { recursive: true });
  return path.join(dir, "content");
}

function postReads(spy: { mock: { calls: unknown[][] } }, contentDir: string): number {
  return spy.mock.calls.filter(([file]) => String(file).startsWith(path.join(contentDir, "posts"))).length;
}

describe("readContentOnce", () => {
  it("gives a later process the same content without reading the posts again", () => {
    const contentDir = copyOfFixtureSite();
    const first = readContentOnce(contentDir);
    const spy = vi.spyOn(fs, "readFileSync");
    const second = readContentOnce(contentDir);
    expect(postReads(spy, contentDir)).toBe(0);
    expect(second).toEqual(first);
    expect(second.posts[0].author).toBe(second.authors.get(second.posts[0].author.slug));
    expect(second).toEqual(readContent(contentDir));
    spy.mockRestore();
  });

  it("parses only the changed post again once one post has changed", () => {
    const contentDir = copyOfFixtureSite();
    readContentOnce(contentDir);
    const file = path.join(contentDir, "posts", "eerste-column.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("title: Eerste column", "title: Eerste column, herzien"),
    );
    vi.mocked(parseMarkdown).mockClear();
    const changed = readContentOnce(contentDir);
    // One post body; the other five are the earlier build's. (The authors' bios are always read again.)
    expect(vi.mocked(parseMarkdown).mock.calls.filter(([body]) => body.length > 40)).toHaveLength(1);
    expect(changed.posts.map((post) => post.title)).toContain("Eerste column, herzien");
    expect(changed).toEqual(readContent(contentDir));
  });

  it("parses everything again when lib/ changes, since its rules shape every post", () => {
    const contentDir = copyOfFixtureSite();
    readContentOnce(contentDir);
    fs.appendFileSync(path.join(contentDir, "posts", "eerste-column.md"), "\nEen nieuwe alinea.\n");
    vi.mocked(parseMarkdown).mockClear();
    readContent(contentDir);
    const everything = vi.mocked(parseMarkdown).mock.calls.length;
    // The same files, read by a lib/ whose source differs from the one that wrote the snapshot.
    const readFileSync = fs.readFileSync;
    const spy = vi.spyOn(fs, "readFileSync").mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: never[]) => {
      const text = readFileSync(file, ...rest);
      return String(file).endsWith(path.join("lib", "dates.ts")) ? `${text}\n// changed` : text;
    }) as typeof fs.readFileSync);
    vi.mocked(parseMarkdown).mockClear();
    readContentOnce(contentDir);
    spy.mockRestore();
    expect(vi.mocked(parseMarkdown).mock.calls.length).toBe(everything);
  });
});

describe("readContentInParallel", { timeout: 120_000 }, () => {
  it("reads a large site on worker threads into the same content as one thread does", async () => {
    const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "column-parallel-")), "content");
    writeSyntheticContent(contentDir, 600);
    const options = { today: "2026-01-01", publicDir: path.join(contentDir, "..", "public") };
    const parallel = await readContentInParallel(contentDir, options);
    expect(parallel).toEqual(readContent(contentDir, options));
    expect(parallel.posts).toHaveLength(600);
    expect(parallel.posts[0].author).toBe(parallel.authors.get(parallel.posts[0].author.slug));
  });
});
