// A post saved while the check reads the others: the check reads again instead of storing what it read before the
// save under a key that says it is current (npm run dev's pages would then show the old text, and never ask again).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it, vi } from "vitest";
import { fixtures } from "./helpers";

vi.mock("@/lib/content/read", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/content/read")>();
  return { ...original, startReading: vi.fn(original.startReading) };
});

const root = fs.mkdtempSync(path.join(os.tmpdir(), "column-saved-while-read-"));
fs.cpSync(path.join(fixtures, "site"), path.join(root, "content"), { recursive: true });
fs.cpSync(path.join(fixtures, "public"), path.join(root, "public"), { recursive: true });
vi.stubEnv("CONTENT_DIR", path.join(root, "content"));
vi.stubEnv("CACHE_DIR", path.join(root, "cache"));

const read = await import("@/lib/content/read");
const actual = await vi.importActual<typeof read>("@/lib/content/read");
const { buildContent } = await import("@/lib/content/read-parallel");
const { readStore } = await import("@/lib/content/store");

it("reads again when a post was saved while it read, and stores what the files hold", async () => {
  const file = path.join(root, "content", "posts", "eerste-column.md");
  const saved = fs.readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "Opgeslagen tijdens het lezen"');
  // The files listed and read, then the post saved before the check goes on.
  vi.mocked(read.startReading).mockImplementationOnce((...args) => {
    const reading = actual.startReading(...args);
    fs.writeFileSync(file, saved);
    return reading;
  });
  const titleIn = (posts: { slug: string; title: string }[]) =>
    posts.find((post) => post.slug === "eerste-column")?.title;
  expect(titleIn((await buildContent()).posts)).toBe("Opgeslagen tijdens het lezen");
  expect(titleIn(readStore()!.posts)).toBe("Opgeslagen tijdens het lezen");
  expect(read.startReading).toHaveBeenCalledTimes(2);
  // The second read reuses what the first read where the files are the same: only the saved post is read again.
  expect(vi.mocked(read.startReading).mock.results[1].value.toRead.map((one: { file: string }) => one.file)).toEqual([
    expect.stringMatching(/eerste-column\.md$/),
  ]);
});
