import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Author } from "./authors";
import { generatedPublicPaths } from "../paths";
import { todayInAmsterdam, type CalendarDate } from "../dates";
import { defaultPublicDir, type Post } from "./posts";
import { readContent, type Content, type ReadOptions } from "./read";

// A build runs in several processes (the check, then Next's workers), and each would parse every post again. The
// first writes what it read here; the others read it back when nothing it was made from has changed.
const snapshotDir = path.join(process.cwd(), "node_modules", ".cache", "column-site");

type StoredPost = Omit<Post, "author" | "fieldLines"> & { author: string; fieldLines: Record<string, number> };
interface Snapshot {
  contentDir: string;
  /** The source of lib/ the posts were read with: a later build reuses them only with the same. */
  libHash: string;
  authors: Author[];
  posts: StoredPost[];
}

/** Returns a hash of the source of lib/, whose rules shape every post; undefined where there is no lib/. */
export function libFingerprint(): string | undefined {
  const libDir = path.join(process.cwd(), "lib");
  if (!fs.existsSync(libDir)) return undefined;
  const hash = crypto.createHash("sha256");
  for (const name of listFiles(libDir)) hash.update(name).update(fs.readFileSync(path.join(libDir, name)));
  return hash.digest("hex").slice(0, 32);
}

/**
 * Returns a key for everything content is made from: the name, size and time of each content and public file, the
 * day (scheduling depends on it) and the source of lib/. Undefined without lib/.
 */
export function contentFingerprint(contentDir: string, publicDir: string, today: CalendarDate): string | undefined {
  const libHash = libFingerprint();
  if (!libHash) return undefined;
  const hash = crypto.createHash("sha256").update(`${contentDir}\n${today}\n${libHash}\n`);
  for (const dir of [path.join(contentDir, "posts"), path.join(contentDir, "authors"), publicDir]) {
    for (const name of listFiles(dir).filter((file) => dir !== publicDir || !isGenerated(file))) {
      const stat = fs.statSync(path.join(dir, name));
      hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex").slice(0, 32);
}

/** Returns the content in `contentDir`: from the snapshot when one matches, else read, checked and stored. */
export function readContentOnce(contentDir: string): Content {
  const snapshot = openSnapshot(contentDir);
  if (snapshot.stored) return snapshot.stored;
  const content = readContent(contentDir, snapshot.readOptions());
  snapshot.store(content);
  return content;
}

/**
 * Returns the snapshot for `contentDir`: the content it holds when nothing it was made from has changed, the options
 * to read the content with otherwise (today, and the posts an earlier build read), and a way to store a reading.
 */
export function openSnapshot(contentDir: string) {
  const today = todayInAmsterdam();
  const publicDir = defaultPublicDir(contentDir);
  const key = contentFingerprint(contentDir, publicDir, today);
  return {
    stored: key ? readSnapshot(key) : undefined,
    readOptions: (): ReadOptions => ({ today, publicDir, earlier: earlierPosts(contentDir) }),
    store: (content: Content) => key && writeSnapshot(key, contentDir, content),
  };
}

function readSnapshot(key: string): Content | undefined {
  const snapshot = loadSnapshot(path.join(snapshotDir, `${key}.json`));
  if (!snapshot) return undefined;
  const authors = new Map(snapshot.authors.map((author) => [author.slug, author]));
  const posts = snapshot.posts.map((post): Post => {
    const author = authors.get(post.author);
    if (!author) throw new Error(`${key}.json names an unknown author "${post.author}": delete it and build again`);
    return { ...post, author, fieldLines: new Map(Object.entries(post.fieldLines)) };
  });
  return { authors, posts };
}

function loadSnapshot(file: string): Snapshot | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined; // None yet, or another process is replacing it: read the content itself.
  }
}

// The posts of the last snapshot of this folder read with today's lib/, by file: a rebuild after one post changed
// parses only that post. Authors come from the authors' files, read again.
function earlierPosts(contentDir: string): Map<string, Post> | undefined {
  const file = path.join(snapshotDir, "latest.json");
  const snapshot = loadSnapshot(file);
  if (!snapshot || snapshot.contentDir !== contentDir || snapshot.libHash !== libFingerprint()) return undefined;
  const authors = new Map(snapshot.authors.map((author) => [author.slug, author]));
  const posts = new Map<string, Post>();
  for (const post of snapshot.posts) {
    const author = authors.get(post.author);
    if (author) posts.set(post.file, { ...post, author, fieldLines: new Map(Object.entries(post.fieldLines)) });
  }
  return posts;
}

function writeSnapshot(key: string, contentDir: string, content: Content): void {
  const snapshot: Snapshot = {
    contentDir,
    libHash: libFingerprint() ?? "",
    authors: [...content.authors.values()],
    posts: content.posts.map((post) => ({
      ...post,
      author: post.author.slug,
      fieldLines: Object.fromEntries(post.fieldLines),
    })),
  };
  fs.mkdirSync(snapshotDir, { recursive: true });
  // Written beside, then renamed: a process reading at the same moment sees the whole file or none. The same
  // snapshot is also the latest, which the next build with changed files starts from.
  const temporary = path.join(snapshotDir, `${key}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, JSON.stringify(snapshot));
  for (const name of fs.readdirSync(snapshotDir)) {
    if (!name.endsWith(".tmp")) fs.rmSync(path.join(snapshotDir, name), { force: true });
  }
  fs.linkSync(temporary, path.join(snapshotDir, "latest.json"));
  fs.renameSync(temporary, path.join(snapshotDir, `${key}.json`));
}

// The build's own files in public/ change during a build; the content does not depend on them.
function isGenerated(file: string): boolean {
  const urlPath = `/${file.split(path.sep).join("/")}`;
  return generatedPublicPaths.some((generated) => urlPath === generated || urlPath.startsWith(generated));
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
