// What a route handler needs to know about the request in front of it: where it came from, and who sent it.

/** Returns the origin the request was addressed to, as the browser saw it (behind a proxy: X-Forwarded-Proto). */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}

/** Returns true when the request came over HTTPS (directly, or as the proxy in front says). */
export function isHttps(request: Request): boolean {
  return requestOrigin(request).startsWith("https:");
}

/**
 * Returns false when a browser says the request comes from a page of another site: an `Origin` other than this
 * site's, or `Sec-Fetch-Site` cross-site or same-site. A request with neither header (not a browser) passes;
 * it carries no session cookie a page elsewhere could have lent it.
 */
export function isSameOrigin(request: Request, siteOrigin: string): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  return origin === requestOrigin(request) || origin === siteOrigin;
}
