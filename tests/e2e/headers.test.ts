// What `npm start` sends with every response.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

describe.runIf(inject("target") === "server")("npm start's response headers", () => {
  it.each(["/", "/blog/ik-doe-wat-ik-doe", "/feed.xml", "/og.png", "/bestaat-niet"])("secure %s", async (pathname) => {
    const response = await fetch(baseUrl + pathname);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("lets browsers keep hashed assets for a year", async () => {
    const html = await (await fetch(baseUrl)).text();
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const response = await fetch(baseUrl + stylesheet);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
