// The floor: a minimal Next.js blog (like the blog-starter) the benchmark builds beside the site, with Next's
// defaults. Turbopack's root is the repository, whose node_modules it shares.
import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  turbopack: { root: path.resolve(import.meta.dirname, "..", "..") },
  outputFileTracingRoot: path.resolve(import.meta.dirname, "..", ".."),
};

export default nextConfig;
