import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, securityHeaders } from "@/lib/outputs/security-headers";

describe("contentSecurityPolicy", () => {
  it("lets the server's pages run only their own scripts, and the export's none", () => {
    expect(contentSecurityPolicy("server")).toContain("script-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicy("static")).toContain("script-src 'none';");
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
});
