// The deploy recipes in deploy/ run as written: nginx accepts each configuration, systemd the unit.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { placeStaticConfig, selfSignedCertificate, testNginxConfig } from "./nginx";

const deploy = path.resolve("deploy");
const read = (file: string) => fs.readFileSync(path.join(deploy, file), "utf8");
const nginxConfigs = fs.readdirSync(deploy).filter((file) => file.endsWith(".conf"));

describe("the nginx configurations", () => {
  it("include the static site's", () => {
    expect(nginxConfigs).toContain("nginx-static.conf");
  });

  it.each(nginxConfigs)("%s passes nginx -t as written, with nothing of /etc/nginx but mime.types", (file) => {
    const config = read(file);
    expect(config).not.toMatch(/include\s+(?!\/etc\/nginx\/mime\.types;)/);
    // A certificate the recipe names is the one thing this machine cannot have: a throwaway one stands in for it.
    const { cert, key } = selfSignedCertificate(fs.mkdtempSync(path.join(os.tmpdir(), "column-site-cert-")));
    const result = testNginxConfig(
      config
        .replace(/ssl_certificate \/etc\/letsencrypt\/\S+;/, `ssl_certificate ${cert};`)
        .replace(/ssl_certificate_key \/etc\/letsencrypt\/\S+;/, `ssl_certificate_key ${key};`),
    );
    expect(result.output).toContain("test is successful");
    expect(result.output).not.toContain("[warn]");
  });

  it("nginx-static.conf passes nginx -t with its TLS block uncommented and a self-signed certificate", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-tls-"));
    const tls = { port: 8443, ...selfSignedCertificate(dir) };
    const placed = placeStaticConfig(read("nginx-static.conf"), { root: dir, port: 8080, tls });
    expect(placed).toContain("Strict-Transport-Security");
    const result = testNginxConfig(placed);
    expect(result.output).toContain("test is successful");
  });
});

const hasSystemd = spawnSync("systemd-analyze", ["--version"]).status === 0;

describe("the systemd unit", () => {
  it.runIf(hasSystemd)("passes systemd-analyze verify without a warning", () => {
    const result = spawnSync("systemd-analyze", ["verify", path.join(deploy, "column-site.service")], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("runs npm start in the site's folder, with secrets from a file outside it", () => {
    const unit = read("column-site.service");
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/npm start$/m);
    expect(unit).toMatch(/^EnvironmentFile=-\/etc\/column-site\.env$/m);
  });
});

describe("the container recipe", () => {
  const recipe = read("Containerfile");
  const scripts = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts as Record<string, string>;

  it("runs only npm scripts that exist, and builds with the SITE_URL it is given", () => {
    for (const [, name] of recipe.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(name);
    expect(recipe).toMatch(/^ARG SITE_URL$/m);
    expect(recipe).toContain("STANDALONE=1 npm run build");
  });

  it("leaves the reactions database, local secrets and installed files out of the build context", () => {
    const ignored = fs.readFileSync(".dockerignore", "utf8").split("\n");
    for (const entry of ["data", ".env*", "node_modules", ".next"]) expect(ignored).toContain(entry);
  });

  it("installs exactly what package-lock.json says", () => {
    expect(recipe).toContain("COPY package.json package-lock.json ./");
    expect(recipe).toContain("RUN npm ci");
    expect(execFileSync("git", ["ls-files", "package-lock.json"], { encoding: "utf8" }).trim()).toBe(
      "package-lock.json",
    );
  });
});
