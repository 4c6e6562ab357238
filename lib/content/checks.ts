import fs from "node:fs";
import path from "node:path";
import type { Author } from "./authors";
import type { PostOutline } from "./posts";
import type { Problem } from "./problems";
import { pageCount } from "./pagination";

/** Returns a problem for every pair of tag labels that share one topic slug, like "Strategie" and "strategie". */
export function checkTopics(posts: PostOutline[]): Problem[] {
  const firstLabel = new Map<string, { label: string; file: string }>();
  const problems: Problem[] = [];
  for (const post of posts) {
    for (const { slug, label } of post.topics) {
      const first = firstLabel.get(slug);
      if (!first) firstLabel.set(slug, { label, file: post.file });
      else if (first.label !== label) {
        const message = `"${label}" and "${first.label}" (${first.file}) both become /onderwerpen/${slug}: write one of them the same way everywhere`;
        problems.push({ file: post.file, line: post.fieldLines.tags, field: "tags", message });
      }
    }
  }
  return problems;
}

interface Site {
  /** Every post that could be parsed, with or without problems of its own. */
  posts: PostOutline[];
  authors: ReadonlyMap<string, Author>;
  publicDir: string;
}

/**
 * Returns a problem for every internal link to a page that will not exist, and every image from anywhere but this
 * site, which the pages' Content-Security-Policy (`img-src 'self' data:`) blocks; images in public/ are checked as
 * posts are read.
 */
export function checkReferences(site: Site): Problem[] {
  const pageProblem = pageChecker(site);
  return site.posts.flatMap((post) =>
    post.references.flatMap(({ kind, url, line }): Problem[] => {
      let message: string | undefined;
      const sitePath = url.startsWith("/") && !url.startsWith("//");
      if (kind === "image" && !sitePath && /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) {
        message = foreignImage(url);
      } else if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) {
        message = `${kind === "image" ? "shows" : "links to"} "${url}": write a path from the site root, like /blog/ik-doe-wat-ik-doe or /images/foto.jpg`;
      } else if (sitePath) {
        const pathname = decodeURI(url.split(/[?#]/)[0]);
        message = kind === "image" ? undefined : pageProblem(post, pathname);
      }
      return message ? [{ file: post.file, line: post.bodyLine + line - 1, field: "body", message }] : [];
    }),
  );
}

// Returns a function that says what is wrong with a link from a post to a site path, or undefined when it works.
function pageChecker({ posts, authors, publicDir }: Site) {
  const postsBySlug = new Map(posts.map((post) => [post.slug, post]));
  const published = posts.filter((post) => post.published);
  const topics = new Set(posts.flatMap((post) => post.topics.map((topic) => topic.slug)));
  const fixedPages = ["/", "/onderwerpen", "/zoeken", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt"];
  // How many pages each list has: the index (""), each author's ("auteurs/<slug>"), each topic's.
  const lists = countBy(published, (post) => ["", `auteurs/${post.authorSlug}`, ...post.topics.map((topic) => `onderwerpen/${topic.slug}`)]);

  return (source: PostOutline, pathname: string): string | undefined => {
    if (fixedPages.includes(pathname) || isPublicFile(publicDir, pathname)) return undefined;
    const missing = `links to ${pathname}`;
    const listPage = /^\/(?:(.+)\/)?pagina\/(\d+)$/.exec(pathname.replace(/(.)\/$/, "$1"));
    if (listPage) {
      const [, list = "", page] = listPage;
      const last = pageCount(lists.get(list) ?? 0);
      if (Number(page) >= 2 && Number(page) <= last && String(Number(page)) === page) return undefined;
      return `${missing}, which is not a page of this site (that list has ${last === 1 ? "one page" : `${last} pages`})`;
    }
    const [, section, slug, ...rest] = pathname.replace(/(.)\/$/, "$1").split("/");
    if (rest.length > 0 || !slug) return `${missing}, which is not a page of this site`;
    if (section === "blog") {
      const target = postsBySlug.get(slug);
      if (!target) return `${missing}, but there is no content/posts/${slug}.md`;
      return source.published && !target.published ? `${missing}, which is not published yet` : undefined;
    }
    if (section === "auteurs")
      return authors.has(slug) ? undefined : `${missing}, but there is no content/authors/${slug}.md`;
    if (section === "onderwerpen") return topics.has(slug) ? undefined : `${missing}, but no post has that topic`;
    return `${missing}, which is not a page of this site`;
  };
}

function countBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function isPublicFile(publicDir: string, pathname: string): boolean {
  const file = path.join(publicDir, pathname);
  return file.startsWith(publicDir) && fs.existsSync(file) && fs.statSync(file).isFile();
}

// An image is the only resource a post embeds (the sanitizer removes raw HTML: video, iframes, <img>), and it must
// come from the site itself: the Content-Security-Policy blocks others, and the sanitizer drops data: URLs.
function foreignImage(url: string): string {
  const name = url.split(/[?#]/)[0].split("/").pop() ?? "";
  const file = /^[\w.-]+\.[a-z0-9]+$/i.test(name) ? name : "foto.jpg";
  const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return `shows the image "${shown}", which is not on this site and will not load: put the file in public/images/ and write /images/${file}`;
}
