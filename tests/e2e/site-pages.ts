import { XMLParser } from "fast-xml-parser";
import { site } from "@/lib/site";

/** The built site names its public URL (`SITE_URL`); the test server answers on another origin. */
export function toLocal(url: string, baseUrl: string): string {
  return url.startsWith(site.url) ? baseUrl + url.slice(site.url.length) : url;
}

/** Returns the absolute URL of every page in the served sitemap: the pages the build produced for readers. */
export async function getSitemapUrls(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/sitemap.xml`);
  if (!response.ok) throw new Error(`/sitemap.xml answered ${response.status}`);
  const parser = new XMLParser({ isArray: (name) => name === "url" });
  return parser.parse(await response.text()).urlset.url.map((entry: { loc: string }) => entry.loc);
}

/** An address no route answers, to reach the 404 page. */
export const missingPath = "/deze-pagina-bestaat-niet";
