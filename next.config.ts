import os from "node:os";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/outputs/security-headers";

// `npm run build:static` sets STATIC_EXPORT: the same site as plain files in out/. Next builds it in .next, in
// place of the server build, which `npm start` makes again.
const staticExport = Boolean(process.env.STATIC_EXPORT);

const nextConfig: NextConfig = {
  // STANDALONE=1 npm run build makes .next/standalone, a server with only the files it needs, for containers.
  output: staticExport ? "export" : process.env.STANDALONE ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Next leaves a core idle by default; prerendering thousands of pages and images is CPU-bound, so use them all.
  experimental: { cpus: Math.max(1, Math.min(os.availableParallelism(), 8)) },
  // A static host sends the export's headers from out/_headers (or the nginx snippet in the README) instead.
  ...(!staticExport && {
    async headers() {
      const development = process.env.NODE_ENV === "development";
      // Next itself gives hashed assets (/_next/static) a year's Cache-Control.
      return [{ source: "/:path*", headers: securityHeaders("server", development) }];
    },
  }),
};

export default nextConfig;
