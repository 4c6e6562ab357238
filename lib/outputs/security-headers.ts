import { searchPath } from "../paths";

/** The two ways the site is served: by `next start`, or as the static files of `out/`. */
export type ServingMode = "server" | "static";

// Next's server pages bootstrap React with inline scripts, so they need 'unsafe-inline' (nonces would make every
// page dynamic). The static export ships no script at all, so there scripts are refused outright.
const scriptSources: Record<ServingMode, string> = { server: "'self' 'unsafe-inline'", static: "'none'" };

// The one exception in the export: /zoeken runs the site's search script and Pagefind's, both files of the site,
// and Pagefind compiles its WebAssembly search code ('wasm-unsafe-eval' allows that and nothing else: no eval).
const searchPageScripts = "'self' 'wasm-unsafe-eval'";

/**
 * Returns the Content-Security-Policy for a serving mode: same-origin everything, no frames, no plugins. With
 * `searchPage`, the policy of the static export's /zoeken, the one exported page that runs a script.
 */
export function contentSecurityPolicy(mode: ServingMode, development = false, searchPage = false): string {
  const scripts = searchPage && mode === "static" ? searchPageScripts : scriptSources[mode];
  return [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Returns the security headers every response carries (`searchPage`: those of the export's /zoeken). */
export function securityHeaders(
  mode: ServingMode,
  development = false,
  searchPage = false,
): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(mode, development, searchPage) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** Cache-Control for files whose names carry a content hash: they never change. */
export const immutableCache = "public, max-age=31536000, immutable";

/** Cache-Control for everything else: always ask whether it changed. */
export const revalidateCache = "public, max-age=0, must-revalidate";

/**
 * Returns a `_headers` file (Netlify, Cloudflare Pages) with the static export's headers. /zoeken comes last with
 * its own policy: Netlify lets the later rule win, and Cloudflare Pages, which would send both policies (and so
 * the stricter), first drops the inherited one on the `! Content-Security-Policy` line, which Netlify skips.
 */
export function headersFile(): string {
  const all = securityHeaders("static").map(({ key, value }) => `  ${key}: ${value}`);
  return [
    "/*",
    ...all,
    `  Cache-Control: ${revalidateCache}`,
    "",
    "/_next/static/*",
    `  Cache-Control: ${immutableCache}`,
    "",
    searchPath,
    "  ! Content-Security-Policy",
    `  Content-Security-Policy: ${contentSecurityPolicy("static", false, true)}`,
    "",
  ].join("\n");
}
