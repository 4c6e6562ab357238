// A production build or export made for localhost writes that address into every canonical link, feed entry,
// sitemap entry and og:image: it can only be on purpose, and then the operator says so.
import { siteUrl } from "./site";

/** Returns whether `url` points at this machine (localhost, a loopback address, 0.0.0.0, *.localhost). */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "0.0.0.0" ||
    host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * Returns the message that stops a production build or export made for `url`, or undefined when `url` is public or
 * localhost was asked for: `SITE_URL` (`requested`) set to a local address. Throws when `requested` is not a URL.
 */
export function localUrlProblem(url: string, requested: string | undefined): string | undefined {
  if (!isLocalUrl(url)) return undefined;
  if (requested && isLocalUrl(siteUrl(requested))) return undefined;
  return (
    `The site's address is ${url}, so every canonical link, feed, sitemap entry and og:image would point at this ` +
    `machine. Write the public address (https://…) as publicUrl in lib/site.ts, or set SITE_URL=https://… for ` +
    `this build. To build for this machine on purpose, set SITE_URL=${url} explicitly.`
  );
}

/**
 * Returns the message that stops an export of a build made for `built.url` (its pages already carry that address),
 * or undefined when the build's address was accepted, or `SITE_URL` (`requested`) now says localhost explicitly.
 * Without a record of the build, judges the address `requested` names.
 */
export function exportUrlProblem(
  built: { url: string; urlAccepted: boolean } | undefined,
  requested: string | undefined,
): string | undefined {
  if (built?.urlAccepted) return undefined;
  const problem = localUrlProblem(built?.url ?? siteUrl(requested), requested);
  return problem && `${problem}\nThe build in .next was made for that address: build again, with npm run build:static.`;
}
