import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportUrlProblem, isLocalUrl, localUrlProblem } from "@/lib/public-url";
import { writeBuildStamp } from "@/lib/build-stamp";

describe("isLocalUrl", () => {
  it("knows localhost, loopback addresses, 0.0.0.0 and *.localhost as this machine", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:3000", "http://0.0.0.0"]) {
      expect(isLocalUrl(url), url).toBe(true);
    }
    expect(isLocalUrl("http://blog.localhost")).toBe(true);
  });

  it("takes any other host for a public address", () => {
    expect(isLocalUrl("https://columns.example")).toBe(false);
    expect(isLocalUrl("https://localhost.example.nl")).toBe(false);
  });
});

describe("localUrlProblem", () => {
  it("stops a build for localhost that nobody asked for, naming the file to edit and the way out", () => {
    const problem = localUrlProblem("http://localhost:3000", undefined);
    expect(problem).toContain("http://localhost:3000");
    expect(problem).toContain("publicUrl in lib/site.ts");
    expect(problem).toContain("SITE_URL=http://localhost:3000");
  });

  it("lets a build for localhost pass when SITE_URL says localhost explicitly", () => {
    expect(localUrlProblem("http://localhost:3000", "http://localhost:3000")).toBeUndefined();
  });

  it("lets a public address pass, from SITE_URL or from lib/site.ts", () => {
    expect(localUrlProblem("https://columns.example", "https://columns.example")).toBeUndefined();
    expect(localUrlProblem("https://columns.example", undefined)).toBeUndefined();
  });
});

describe("exportUrlProblem", () => {
  it("stops the export of a build that npm start made for localhost, and says to build again", () => {
    const problem = exportUrlProblem({ url: "http://localhost:3000", urlAccepted: false }, undefined);
    expect(problem).toContain("lib/site.ts");
    expect(problem).toContain("npm run build:static");
  });

  it("exports a build whose address was accepted, whatever SITE_URL says now", () => {
    expect(exportUrlProblem({ url: "https://columns.example", urlAccepted: true }, undefined)).toBeUndefined();
    expect(exportUrlProblem({ url: "http://localhost:3000", urlAccepted: true }, undefined)).toBeUndefined();
  });

  it("exports a build for localhost when SITE_URL now says localhost explicitly", () => {
    expect(exportUrlProblem({ url: "http://localhost:3000", urlAccepted: false }, "http://localhost:3000")).toBe(
      undefined,
    );
  });
});

describe("the commands", () => {
  const jiti = path.resolve("node_modules/.bin/jiti");
  // Without SITE_URL, whatever the shell running the tests has set.
  const env = { ...process.env };
  delete env.SITE_URL;

  it("npm run build stops before building when the address is still localhost", () => {
    const result = spawnSync(jiti, ["scripts/build.ts"], { encoding: "utf8", env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("publicUrl in lib/site.ts");
    expect(result.stdout).not.toContain("Content read and checked");
  });

  it("npm run export stops when the build in .next was made for localhost by npm start", () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-export-"));
    fs.mkdirSync(path.join(project, ".next"));
    fs.writeFileSync(path.join(project, ".next", "BUILD_ID"), "test");
    writeBuildStamp(path.join(project, ".next"), {
      inputs: "x",
      code: "y",
      url: "http://localhost:3000",
      urlAccepted: false,
    });
    const result = spawnSync(jiti, [path.resolve("scripts/export.ts")], { cwd: project, encoding: "utf8", env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("build again, with npm run build:static");
    expect(fs.existsSync(path.join(project, "out"))).toBe(false);
  });
});
