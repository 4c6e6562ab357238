import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Author } from "./authors";
import { todayInAmsterdam, type CalendarDate } from "../dates";
import { defaultPublicDir, type Post } from "./posts";
import { readContent, type Content } from "./read";

// A build runs in several processes (the check, then Next's workers), and each would parse every post again. The
// first writes what it read here; the others read it back when nothing it was made from has changed.
const snapshotDir = path.join(process.cwd(), "node_modules", ".cache", "column-site");

type StoredPost = Omit<Post, "author" | "fieldLines"> & { author: string; fieldLines: Record<string, number> };
interface Snapshot {
  authors: Author[];
  posts: StoredPost[];
}

/**
 * Returns a key for everything content is made from: the name, size and time of each content and public file, the
 * day (scheduling depends on it) and the source of lib/ (its rules shape every post). Undefined without lib/.
 */
export function contentFingerprint(contentDir: string, publicDir: string, today: CalendarDate): string | undefined {
  const libDir = path.join(process.cwd(), "lib");
  if (!fs.existsSync(libDir)) return undefined;
  const hash = crypto.createHash("sha256").update(`${contentDir}\n${today}\n`);
  for (const dir of [path.join(contentDir, "posts"), path.join(contentDir, "authors"), publicDir]) {
    for (const name of listFiles(dir)) {
      const stat = fs.statSync(path.join(dir, name));
      hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  for (const name of listFiles(libDir)) hash.update(fs.readFileSync(path.join(libDir, name)));
  return hash.digest("hex").slice(0, 32);
}

/** Returns the content in `contentDir`: from the snapshot when one matches, else read, checked and stored. */
export function readContentOnce(contentDir: string): Content {
  const today = todayInAmsterdam();
  const publicDir = defaultPublicDir(contentDir);
  const key = contentFingerprint(contentDir, publicDir, today);
  const stored = key ? readSnapshot(key) : undefined;
  if (stored) return stored;
  const content = readContent(contentDir, { today, publicDir });
  if (key) writeSnapshot(key, content);
  return content;
}

function readSnapshot(key: string): Content | undefined {
  const file = path.join(snapshotDir, `${key}.json`);
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined; // None yet, or another process is replacing it: read the content itself.
  }
  const authors = new Map(snapshot.authors.map((author) => [author.slug, author]));
  const posts = snapshot.posts.map((post): Post => {
    const author = authors.get(post.author);
    if (!author) throw new Error(`${file} names an unknown author "${post.author}": delete the file and build again`);
    return { ...post, author, fieldLines: new Map(Object.entries(post.fieldLines)) };
  });
  return { authors, posts };
}

function writeSnapshot(key: string, content: Content): void {
  const snapshot: Snapshot = {
    authors: [...content.authors.values()],
    posts: content.posts.map((post) => ({
      ...post,
      author: post.author.slug,
      fieldLines: Object.fromEntries(post.fieldLines),
    })),
  };
  fs.mkdirSync(snapshotDir, { recursive: true });
  // Written beside, then renamed: a process reading at the same moment sees the whole file or none.
  const temporary = path.join(snapshotDir, `${key}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, JSON.stringify(snapshot));
  fs.renameSync(temporary, path.join(snapshotDir, `${key}.json`));
  for (const name of fs.readdirSync(snapshotDir)) {
    if (name !== `${key}.json`) fs.rmSync(path.join(snapshotDir, name), { force: true });
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
