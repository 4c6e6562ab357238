// The site's URLs are a public contract: they are made here and nowhere else. Each takes anything with a slug, so
// this basic module knows nothing of posts, authors or topics.
type WithSlug = { slug: string };

/** Returns the path of a post's page. */
export function postPath(post: WithSlug): string {
  return `/blog/${post.slug}`;
}

/** Returns the path of an author's page. */
export function authorPath(author: WithSlug): string {
  return `/auteurs/${author.slug}`;
}

/** Returns the path of page `page` of a list of posts at `listPath`: the list itself first, then `…/pagina/N`. */
export function listPagePath(listPath: string, page: number): string {
  if (page === 1) return listPath;
  return `${listPath === "/" ? "" : listPath}/pagina/${page}`;
}

/** Returns the path of an index page: `/` for the first, `/pagina/N` for the others. */
export function indexPagePath(page: number): string {
  return listPagePath("/", page);
}

/** Returns the path of a topic's page. */
export function topicPath(topic: WithSlug): string {
  return `/onderwerpen/${topic.slug}`;
}

/** The path of the search page; `?q=` holds the words searched for. */
export const searchPath = "/zoeken";

/** Returns the path of the search page's results for `query`, on page `page` of the results. */
export function searchResultsPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("pagina", String(page));
  return `${searchPath}?${params}`;
}

/** The path of the site's own Open Graph image. */
export const siteImagePath = "/og.png";

/** Returns the path of a post's Open Graph image. */
export function postImagePath(post: WithSlug): string {
  return `${postPath(post)}/og.png`;
}

/** The path of the square icon for home screens and feed readers. */
export const touchIconPath = "/apple-touch-icon.png";

/** The path of the favicon, an SVG in public/. */
export const faviconPath = "/icon.svg";

/**
 * The one folder in public/ that the build and npm run dev write, and nothing else (git-ignored): the Open Graph
 * images, the image variants and the search index, each under the path it is served at, in generatedDir
 * (`_generated/site/blog/x/og.png` is /blog/x/og.png).
 */
export const generatedFolder = "_generated";

/**
 * Where in the generated folder this process writes and serves: `site` for the build, npm start and the export, `dev`
 * for npm run dev (Next's NODE_ENV), so that what dev makes from an edit never replaces what an npm start on the same
 * checkout serves.
 */
export const generatedDir = `${generatedFolder}/${process.env.NODE_ENV === "development" ? "dev" : "site"}`;

/**
 * The paths the generated files are served at, as they always were: next.config.ts rewrites them into generatedDir,
 * and the export copies its content to out/'s root.
 */
export const generatedPaths = [siteImagePath, "/blog/:slug/og.png", "/_variants/:name", "/pagefind/:path*"];
