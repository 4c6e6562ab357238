import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { readContentOnce } from "@/lib/content/snapshot";
import { readContent } from "@/lib/content/read";
import { fixtures } from "./helpers";

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

  it("reads everything again once a post has changed", () => {
    const contentDir = copyOfFixtureSite();
    readContentOnce(contentDir);
    const file = path.join(contentDir, "posts", "eerste-column.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("title: Eerste column", "title: Eerste column, herzien"),
    );
    const spy = vi.spyOn(fs, "readFileSync");
    const changed = readContentOnce(contentDir);
    expect(postReads(spy, contentDir)).toBe(6);
    expect(changed.posts.map((post) => post.title)).toContain("Eerste column, herzien");
    spy.mockRestore();
  });
});
