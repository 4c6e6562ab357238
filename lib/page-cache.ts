import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

// npm start's micro-cache. A column is the same page for every reader, and says so (Cache-Control: s-maxage=2): so
// for those seconds server.ts answers from memory, the way nginx would, instead of running Next's routing again for
// each reader of a crowd. Only what Next marks shared-cacheable is kept; moderation empties a column's entry at once.

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  stored: number;
  expires: number;
}

// Request headers that change Next's answer for the same URL (its Vary list), or ask for part of it: not cached.
const bypass = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
const conditional = ["if-none-match", "if-modified-since", "range", "authorization", "cookie"];
const maxEntries = 500;
const maxBodyBytes = 1024 * 1024;

const key = Symbol.for("column-site.page-cache");
const shared = globalThis as typeof globalThis & { [key]?: Map<string, Entry> };
const entries = (shared[key] ??= new Map<string, Entry>());

/**
 * Returns the seconds an answer is kept: its s-maxage, at most a minute (a prerendered page says a year, and only
 * changes with a new build, which means a new server; the minute bounds anything else), or undefined when it may
 * not be shared at all.
 */
export function sharedSeconds(cacheControl: string | undefined): number | undefined {
  if (!cacheControl || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return undefined;
  const seconds = Number(/\bs-maxage=(\d+)/.exec(cacheControl)?.[1]);
  return seconds > 0 ? Math.min(seconds, 60) : undefined;
}

/**
 * Answers a GET or HEAD from the cache and returns true, or returns false and arranges for Next's answer to be kept
 * when it is shared-cacheable. Requests Next varies on, conditional ones and any with a cookie pass straight through.
 */
export function serveFromCache(request: IncomingMessage, response: ServerResponse, now = Date.now()): boolean {
  if ((request.method !== "GET" && request.method !== "HEAD") || !request.url) return false;
  if ([...bypass, ...conditional].some((name) => request.headers[name] !== undefined)) return false;
  const cacheKey = `${request.headers.host ?? ""} ${request.url} ${request.headers["accept-encoding"] ?? ""}`;
  const hit = entries.get(cacheKey);
  if (hit && hit.expires > now) {
    response.writeHead(hit.status, { ...hit.headers, age: String(Math.floor((now - hit.stored) / 1000)) });
    response.end(request.method === "HEAD" ? undefined : hit.body);
    return true;
  }
  if (request.method === "GET") keepAnswer(cacheKey, response, now);
  return false;
}

/** Forgets every kept answer for `path` (all hosts and encodings): called where a page is revalidated. */
export function forgetCachedPage(path: string): void {
  for (const cacheKey of entries.keys()) {
    if (cacheKey.split(" ")[1]?.split("?")[0] === path) entries.delete(cacheKey);
  }
}

// Tees what Next writes; keeps it when the whole answer is a 200 that may be shared, small, and sets no cookie.
function keepAnswer(cacheKey: string, response: ServerResponse, now: number): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const collect = (chunk: unknown) => {
    if (typeof chunk === "string" || chunk instanceof Uint8Array) {
      const buffer = Buffer.from(chunk as string);
      size += buffer.length;
      if (size <= maxBodyBytes) chunks.push(buffer);
    }
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== "function") collect(chunk);
    const seconds = sharedSeconds(response.getHeader("cache-control")?.toString());
    if (response.statusCode === 200 && seconds && size <= maxBodyBytes && !response.hasHeader("set-cookie")) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? "");
      entries.set(cacheKey, {
        status: 200,
        headers: response.getHeaders(),
        body: Buffer.concat(chunks),
        stored: now,
        expires: now + seconds * 1000,
      });
    }
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
}
