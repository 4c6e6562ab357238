import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, securityHeaders } from "@/lib/outputs/security-headers";

describe("contentSecurityPolicy", () => {
  it("lets the server's pages run only their own scripts, and the export's none", () => {
    expect(contentSecurityPolicy("server")).toContain("script-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicy("static")).toContain("script-src 'none';");
  });

  it("lets the export's /zoeken alone run the site's own scripts and compile WebAssembly, and never eval", () => {
    const search = contentSecurityPolicy("static", false, true);
    expect(search).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(search).not.toContain(" 'unsafe-eval'");
    expect(search.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'none'")).toBe(
      contentSecurityPolicy("static"),
    );
    expect(contentSecurityPolicy("server", false, true)).toBe(contentSecurityPolicy("server"));
  });

  it("allows eval and the reload socket only in development", () => {
    expect(contentSecurityPolicy("server")).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("server", true)).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("server", true)).toContain("connect-src 'self' ws:");
  });

  it("refuses frames, plugins and foreign form targets", () => {
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "form-action 'self'", "base-uri 'self'"]) {
      expect(contentSecurityPolicy("static")).toContain(directive);
    }
  });
});

describe("headersFile", () => {
  it("gives every path the security headers and hashed assets a year's cache", () => {
    const file = headersFile();
    for (const { key, value } of securityHeaders("static")) expect(file).toContain(`  ${key}: ${value}\n`);
    expect(file).toContain("/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable");
  });

  it("ends with /zoeken's own policy, which first drops the inherited one (Cloudflare Pages; Netlify skips it)", () => {
    expect(
      headersFile().endsWith(
        `/zoeken\n  ! Content-Security-Policy\n  Content-Security-Policy: ${contentSecurityPolicy("static", false, true)}\n`,
      ),
    ).toBe(true);
  });

  it("agrees with the static nginx recipe, deploy/nginx-static.conf", () => {
    const recipe = fs.readFileSync("deploy/nginx-static.conf", "utf8");
    for (const policy of [contentSecurityPolicy("static"), contentSecurityPolicy("static", false, true)]) {
      expect(recipe).toContain(`"${policy}"`);
    }
  });
});
