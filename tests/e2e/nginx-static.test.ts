// deploy/nginx-static.conf serving out/, as an operator would run it: plain HTTP as written, then with its TLS
// block and a self-signed certificate. The answers match `npm start`'s where a reader or a crawler can tell.
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contentSecurityPolicy, immutableCache } from "@/lib/outputs/security-headers";
import { freePort } from "@/tools/ports";
import { placeStaticConfig, selfSignedCertificate, startNginx } from "../nginx";
import { missingPath } from "./site-pages";

const column = "/blog/ik-doe-wat-ik-doe";
// What `npm start` answers for a column's address with a trailing slash (checked against it below).
const trailingSlash = { status: 308, location: column };
const config = fs.readFileSync(path.resolve("deploy", "nginx-static.conf"), "utf8");

describe.runIf(inject("target") === "server")("npm start", () => {
  it("answers /blog/<slug>/ with a permanent redirect to /blog/<slug>, as nginx-static.conf does", async () => {
    const response = await fetch(`${inject("baseUrl")}${column}/`, { redirect: "manual" });
    expect({ status: response.status, location: response.headers.get("location") }).toEqual(trailingSlash);
  });
});

describe.runIf(inject("target") === "static")("deploy/nginx-static.conf serving out/", () => {
  let root: string;
  let variant: string;
  let baseUrl: string;
  let stop = () => {};

  beforeAll(async () => {
    // A copy of out/, with an image variant when this site has none (the real columns carry no images).
    root = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-out-"));
    // nginx started as root reads files as an unprivileged user.
    fs.chmodSync(root, 0o755);
    fs.cpSync(path.resolve("out"), root, { recursive: true });
    fs.mkdirSync(path.join(root, "_variants"), { recursive: true });
    variant = fs.readdirSync(path.join(root, "_variants"))[0] ?? "0123456789abcdef-640.webp";
    if (!fs.existsSync(path.join(root, "_variants", variant)))
      fs.writeFileSync(path.join(root, "_variants", variant), "");
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    stop = await startNginx(placeStaticConfig(config, { root, port }), port);
  });
  afterAll(() => stop());

  it("serves a column as HTML with the export's security headers, to be asked for again each time", async () => {
    const response = await fetch(baseUrl + column);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("Ik doe wat ik doe");
    expect(response.headers.get("content-security-policy")).toBe(contentSecurityPolicy("static"));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("serves the index and /zoeken, which alone may run the site's own scripts", async () => {
    expect((await fetch(`${baseUrl}/`)).status).toBe(200);
    const search = await fetch(`${baseUrl}/zoeken`);
    expect(search.status).toBe(200);
    expect(search.headers.get("content-security-policy")).toBe(contentSecurityPolicy("static", false, true));
  });

  it("serves each feed with its own type and a Cache-Control", async () => {
    const types = {
      "/feed.xml": "application/rss+xml",
      "/atom.xml": "application/atom+xml",
      "/feed.json": "application/feed+json",
    };
    for (const [feed, type] of Object.entries(types)) {
      const response = await fetch(baseUrl + feed);
      expect(response.status, feed).toBe(200);
      expect(response.headers.get("content-type"), feed).toBe(`${type}; charset=utf-8`);
      expect(response.headers.get("cache-control"), feed).toBe("public, max-age=0, must-revalidate");
    }
  });

  it("keeps the hashed files, /_variants/… and /_next/static/…, for a year as immutable", async () => {
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(
      fs.readFileSync(path.join(root, "index.html"), "utf8"),
    );
    for (const file of [`/_variants/${variant}`, stylesheet?.[1]]) {
      const response = await fetch(baseUrl + file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("cache-control"), file).toBe(immutableCache);
    }
  });

  it("answers an unknown address with the Dutch 404 page and status 404", async () => {
    for (const missing of [missingPath, "/_variants/bestaat-niet.webp", "/blog/bestaat-niet"]) {
      const response = await fetch(baseUrl + missing);
      expect(response.status, missing).toBe(404);
      expect(await response.text(), missing).toBe(fs.readFileSync(path.join(root, "404.html"), "utf8"));
      expect(response.headers.get("content-security-policy"), missing).toBe(contentSecurityPolicy("static"));
    }
  });

  it("answers /blog/<slug>/ as npm start does: a permanent redirect to /blog/<slug>", async () => {
    const response = await fetch(`${baseUrl}${column}/`, { redirect: "manual" });
    expect({ status: response.status, location: response.headers.get("location") }).toEqual(trailingSlash);
  });

  it("never redirects to another host, whatever the slashes", async () => {
    const response = await fetch(`${baseUrl}//example.com/`, { redirect: "manual" });
    expect(response.headers.get("location") ?? "").not.toMatch(/^\/\/|^https?:/);
  });
});

describe.runIf(inject("target") === "static")("deploy/nginx-static.conf with its TLS block", () => {
  let ca: string;
  let httpPort: number;
  let httpsPort: number;
  let stop = () => {};

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-tls-"));
    const certificate = selfSignedCertificate(dir);
    ca = fs.readFileSync(certificate.cert, "utf8");
    [httpPort, httpsPort] = [await freePort(), await freePort()];
    const tls = { port: httpsPort, ...certificate };
    stop = await startNginx(placeStaticConfig(config, { root: path.resolve("out"), port: httpPort, tls }), httpsPort);
  });
  afterAll(() => stop());

  it("serves a column over HTTPS with HSTS", async () => {
    const response = await getOverTls(`https://127.0.0.1:${httpsPort}${column}`, ca);
    expect(response.status).toBe(200);
    expect(response.body).toContain("Ik doe wat ik doe");
    expect(response.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers["content-security-policy"]).toBe(contentSecurityPolicy("static"));
  });

  it("sends plain HTTP to HTTPS, without HSTS on the plain answer", async () => {
    const response = await fetch(`http://127.0.0.1:${httpPort}${column}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`https://127.0.0.1${column}`);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });
});

// fetch() cannot be given a certificate authority; https.get can, so the self-signed certificate is verified.
function getOverTls(url: string, ca: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}
