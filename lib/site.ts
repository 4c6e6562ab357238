import path from "node:path";
import { isCalendarDate, todayInAmsterdam, type CalendarDate } from "./dates";

// Where posts and authors live: `content/`, or `CONTENT_DIR` (the benchmark's and tests' own sites).
const contentDir = process.env.CONTENT_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), "content");

/**
 * The site's public address: canonical links, feeds, the sitemap and Open Graph images are written with it. Change
 * it to the address readers use (https://…) before deploying; `SITE_URL` overrides it. While it is a localhost
 * address, `npm run build` and `npm run export` refuse to run unless `SITE_URL` says localhost explicitly
 * (`npm start` on a laptop needs nothing).
 */
export const publicUrl = "http://localhost:3000";

/** The site's identity and where it lives; the one place routes read them from. */
export const site = {
  name: "Blog Peter Bröring",
  tagline: "Columns over klantcontact, strategie en gedrag",
  language: "nl",
  locale: "nl_NL",
  defaultAuthor: "peter-broring",
  postsPerPage: 10,
  /** How many of the newest posts each feed carries, in full. */
  feedSize: 50,
  url: siteUrl(process.env.SITE_URL),
  /** Where posts and authors live: `content/`, or `CONTENT_DIR` (the benchmark's and tests' own sites). */
  contentDir,
  /** Where the images and files posts point to live: `public/` beside the content folder. */
  publicDir: path.join(contentDir, "..", "public"),
} as const;

/**
 * Returns the day scheduled posts are measured against: today in Amsterdam, or `CONTENT_TODAY` (like 2024-01-01)
 * where a test fixes it. Throws when `CONTENT_TODAY` is not a calendar date.
 */
export function contentToday(): CalendarDate {
  const fixed = process.env.CONTENT_TODAY;
  if (fixed === undefined || fixed === "") return todayInAmsterdam();
  if (!isCalendarDate(fixed)) throw new Error(`CONTENT_TODAY must be a date like 2024-01-01, got "${fixed}"`);
  return fixed;
}

/** Returns the absolute site URL (`value`, else `publicUrl`) without a trailing slash; throws when not http(s). */
export function siteUrl(value: string | undefined): string {
  const url = URL.parse(value || publicUrl);
  if (url?.protocol !== "http:" && url?.protocol !== "https:") {
    throw new Error(`SITE_URL must start with http:// or https://, got "${value}"`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Returns the absolute URL of a site path such as `/blog/x`. */
export function absoluteUrl(pathname: string): string {
  return site.url + pathname;
}
