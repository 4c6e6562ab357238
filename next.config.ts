import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/outputs/security-headers";
import { generatedDir, generatedPaths } from "./lib/paths";

// One production build serves `npm start` and is the source of the static site (`npm run export` derives out/ from
// it), so there is no export mode here.
const nextConfig: NextConfig = {
  // Records where the build put each page and file (Next's documented adapter outputs), for npm run export.
  adapterPath: path.resolve("lib/outputs/build-adapter.mjs"),
  // STANDALONE=1 npm run build makes .next/standalone, a server with only the files it needs, for containers.
  output: process.env.STANDALONE ? "standalone" : undefined,
  poweredByHeader: false,
  // next build overwrites the last build's files instead of deleting them first (typed and described in NextConfig,
  // though not on nextjs.org; at 1,000 posts that delete was 1.5–7.5 s of every rebuild). What a deleted column
  // leaves behind is never shown: the routes take only the parameters they list (dynamicParams = false) and the
  // export only what the adapter recorded (tests/e2e/server-start.test.ts). `rm -rf .next` starts afresh.
  cleanDistDir: false,
  // PGlite loads its WebAssembly and data files from beside its own module: leave it unbundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  reactStrictMode: true,
  // Node would read every server chunk's source map as the prerender loads it, for stack traces of errors that a
  // build of this site reports itself (content errors name their file and line): a few per cent of the prerender.
  enablePrerenderSourceMaps: false,
  // A column page (revalidated every few seconds) unvisited for a day is rendered afresh, not served stale: its
  // reaction form's token is then never older than lib/reactions/limits.ts's maximumFormAge allows.
  expireTime: 24 * 60 * 60,
  // Types are checked once, for the whole project, by `npm run typecheck` (the first step of `npm test`), not again
  // by every build: a commit that fails `npm test` is not one to deploy.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next leaves a core idle by default; prerendering thousands of pages is CPU-bound, so use them all.
    cpus: Math.max(1, Math.min(os.availableParallelism(), 8)),
    // Prefetch inlining sizes every page's prefetch responses by compressing them, for the client router to fetch
    // fewer of them. The pages use plain links and no client router, so nothing fetches them: at 1,000 posts this
    // took a quarter of the prerender (22 s against 16 s).
    prefetchInlining: false,
  },
  // /zoeken itself is a prerendered page (the static site needs one); with a query it is the server's results page.
  // Checked before the file system, and only for this one path.
  async rewrites() {
    return {
      beforeFiles: [{ source: "/zoeken", has: [{ type: "query", key: "q" }], destination: "/zoeken/resultaten" }],
      // The generated files (Open Graph images, image variants, the search index) live in one folder,
      // public/_generated (in its dev/ under next dev), and are served at the paths they always had.
      afterFiles: generatedPaths.map((source) => ({ source, destination: `/${generatedDir}${source}` })),
      fallback: [],
    };
  },
  async headers() {
    const development = process.env.NODE_ENV === "development";
    // Next itself gives hashed assets (/_next/static) a year's Cache-Control. The static site sends its headers
    // from out/_headers (or the nginx snippet in the README) instead.
    const noindex = [{ key: "X-Robots-Tag", value: "noindex" }];
    return [
      { source: "/:path*", headers: securityHeaders("server", development) },
      // Moderation and the answers to a sent reaction are for one person, never for a search engine.
      { source: "/beheer/:path*", headers: noindex },
      { source: "/reactie/:path*", headers: noindex },
      { source: "/volgen/:path+", headers: noindex },
    ];
  },
};

export default nextConfig;
