// The floor's loader, as the blog-starter writes it: read the folder, parse front matter, no checks.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

export interface Post {
  slug: string;
  title: string;
  date: string;
  content: string;
}

// The benchmark points CONTENT_DIR at its synthetic site; alone, the floor shows the real site's posts.
const postsDirectory = path.join(process.env.CONTENT_DIR ?? path.join(process.cwd(), "..", "..", "content"), "posts");

/** Returns the post with this slug, or undefined when there is no such file. */
export function getPostBySlug(slug: string): Post | undefined {
  const file = path.join(postsDirectory, `${slug}.md`);
  if (!fs.existsSync(file)) return undefined;
  const { data, content } = matter(fs.readFileSync(file, "utf8"));
  if (data.draft) return undefined;
  return { slug, title: String(data.title), date: new Date(data.date).toISOString(), content };
}

/** Returns every published post, newest first. */
export function getAllPosts(): Post[] {
  return fs
    .readdirSync(postsDirectory)
    .filter((name) => name.endsWith(".md"))
    .map((name) => getPostBySlug(name.replace(/\.md$/, "")))
    .filter((post) => post !== undefined)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
}
