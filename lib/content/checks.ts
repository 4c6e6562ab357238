import fs from "node:fs";
import path from "node:path";
import type { Author } from "./authors";
import type { Post } from "./posts";
import type { Problem } from "./problems";
import { site as siteConfig } from "../site";

/** Returns a problem for every pair of tag labels that share one topic slug, like "Strategie" and "strategie". */
export function checkTopics(posts: Post[]): Problem[] {
  const firstLabel = new Map<string, { label: string; file: string }>();
  const problems: Problem[] = [];
  for (const post of posts) {
    for (const { slug, label } of post.topics) {
      const first = firstLabel.get(slug);
      if (!first) firstLabel.set(slug, { label, file: post.file });
      else if (first.label !== label) {
        const message = `"${label}" and "${first.label}" (${first.file}) both become /onderwerpen/${slug}: write one of them the same way everywhere`;
        problems.push({ file: post.file, line: post.fieldLines.get("tags"), field: "tags", message });
      }
    }
  }
  return problems;
}

interface Site {
  posts: Post[];
  authors: ReadonlyMap<string, Author>;
  publicDir: string;
  isPublished: (post: Post) => boolean;
}

/** Returns a problem for every internal link to a page that will not exist; images in public/ are checked as posts are read. */
export function checkReferences(site: Site): Problem[] {
  const pageProblem = pageChecker(site);
  return site.posts.flatMap((post) =>
    post.references.flatMap(({ kind, url, line }): Problem[] => {
      let message: string | undefined;
      if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) {
        message = `${kind === "image" ? "shows" : "links to"} "${url}": write a path from the site root, like /blog/ik-doe-wat-ik-doe or /images/foto.jpg`;
      } else if (url.startsWith("/") && !url.startsWith("//")) {
        const pathname = decodeURI(url.split(/[?#]/)[0]);
        message = kind === "image" ? undefined : pageProblem(post, pathname);
      }
      return message ? [{ file: post.file, line: post.bodyLine + line - 1, field: "body", message }] : [];
    }),
  );
}

// Returns a function that says what is wrong with a link from a post to a site path, or undefined when it works.
function pageChecker({ posts, authors, publicDir, isPublished }: Site) {
  const postsBySlug = new Map(posts.map((post) => [post.slug, post]));
  const topics = new Set(posts.flatMap((post) => post.topics.map((topic) => topic.slug)));
  const pageCount = Math.ceil(posts.filter(isPublished).length / siteConfig.postsPerPage);
  const fixedPages = ["/", "/onderwerpen", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt"];

  return (source: Post, pathname: string): string | undefined => {
    const [, section, slug, ...rest] = pathname.replace(/(.)\/$/, "$1").split("/");
    if (fixedPages.includes(pathname) || isPublicFile(publicDir, pathname)) return undefined;
    const missing = `links to ${pathname}`;
    if (rest.length > 0 || !slug) return `${missing}, which is not a page of this site`;
    if (section === "blog") {
      const target = postsBySlug.get(slug);
      if (!target) return `${missing}, but there is no content/posts/${slug}.md`;
      return isPublished(source) && !isPublished(target) ? `${missing}, which is not published yet` : undefined;
    }
    if (section === "auteurs")
      return authors.has(slug) ? undefined : `${missing}, but there is no content/authors/${slug}.md`;
    if (section === "onderwerpen") return topics.has(slug) ? undefined : `${missing}, but no post has that topic`;
    if (section === "pagina" && Number(slug) >= 2 && Number(slug) <= pageCount) return undefined;
    return `${missing}, which is not a page of this site`;
  };
}

function isPublicFile(publicDir: string, pathname: string): boolean {
  const file = path.join(publicDir, pathname);
  return file.startsWith(publicDir) && fs.existsSync(file) && fs.statSync(file).isFile();
}
