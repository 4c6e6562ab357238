import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import {
  clearBuildStamp,
  digestBuildInputs,
  publicationDue,
  readBuildStamp,
  rebuildReason,
  writeBuildStamp,
} from "@/lib/build-stamp";

const env = { SITE_URL: "https://columns.example", REACTIONS_SECRET: "een", PORT: "3000" };
let root: string;
let sources: { root: string; contentDir: string; env: Record<string, string | undefined> };

// A small project: a post, a lib module, a public image, and a build in .next stamped with what it was made from.
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-stamp-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write("content/posts/een.md", "---\ntitle: Een\nauthor: peter-broring\n---\nTekst.\n");
  write("lib/site.ts", "export const site = {};\n");
  write("public/images/foto.jpg", "jpeg");
  write("package-lock.json", "{}\n");
  write(".next/BUILD_ID", "build");
  sources = { root, contentDir: path.join(root, "content"), env };
  writeBuildStamp(path.join(root, ".next"), { ...digestBuildInputs(sources), url: env.SITE_URL, urlAccepted: true });
});

const reason = () => rebuildReason(path.join(root, ".next"), sources);

describe("rebuildReason", () => {
  it("reuses the last build when nothing it was made from changed", () => {
    expect(reason()).toBeUndefined();
  });

  it("says from the day a scheduled post is due, which the build left out, that a new build publishes more", () => {
    const nextDir = path.join(root, ".next");
    expect(publicationDue(nextDir, "2099-12-31")).toBeUndefined();
    writeBuildStamp(nextDir, { ...readBuildStamp(nextDir)!, nextPublication: "2027-03-03" });
    expect(publicationDue(nextDir, "2027-03-02")).toBeUndefined();
    expect(publicationDue(nextDir, "2027-03-03")).toBe(
      "a scheduled column is due (dated 2027-03-03; the build was made before that day)",
    );
    expect(reason()).toBeUndefined(); // the build itself is still good to serve
  });

  it("rebuilds when a post changed", () => {
    fs.appendFileSync(path.join(root, "content/posts/een.md"), "Nog een zin.\n");
    expect(reason()).toBe("content, code or configuration changed since the last build");
  });

  it("rebuilds when a post was added or a lib module changed; reuses again once the post is gone", () => {
    fs.writeFileSync(path.join(root, "content/posts/twee.md"), "---\ntitle: Twee\n---\n");
    expect(reason()).toBeDefined();
    fs.rmSync(path.join(root, "content/posts/twee.md"));
    expect(reason()).toBeUndefined();
    fs.writeFileSync(path.join(root, "lib/site.ts"), "export const site = { name: 'x' };\n");
    expect(reason()).toBeDefined();
  });

  it("rebuilds when a public image changed", () => {
    fs.writeFileSync(path.join(root, "public/images/foto.jpg"), "other jpeg");
    expect(reason()).toBeDefined();
  });

  it("rebuilds when package-lock.json changed", () => {
    fs.writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n');
    expect(reason()).toBeDefined();
  });

  it("reuses the build when only what the build or npm run dev writes into public/ changed", () => {
    fs.mkdirSync(path.join(root, "public/_generated/site/_variants"), { recursive: true });
    fs.writeFileSync(path.join(root, "public/_generated/site/_variants/foto-640.avif"), "avif");
    fs.mkdirSync(path.join(root, "public/_generated/dev/blog/een"), { recursive: true });
    fs.writeFileSync(path.join(root, "public/_generated/dev/blog/een/og.png"), "png");
    expect(reason()).toBeUndefined();
  });

  it("reuses the build when only the server's settings changed: reactions secrets, PORT", () => {
    sources.env = { ...env, REACTIONS_SECRET: "twee", REACTIONS_PASSWORD_HASH: "scrypt:…", PORT: "8080" };
    expect(reason()).toBeUndefined();
  });

  it("rebuilds when the site's address changed, because every page carries it", () => {
    sources.env = { ...env, SITE_URL: "https://andere.example" };
    expect(reason()).toBe("the site's address changed from https://columns.example to https://andere.example");
  });

  it("builds again after a build that started and did not finish, whatever it was made from", () => {
    clearBuildStamp(path.join(root, ".next"));
    expect(reason()).toBe("there is no finished build yet");
  });

  it("builds when there is no finished build, or a build without a stamp", () => {
    fs.rmSync(path.join(root, ".next/column-site-build.json"));
    expect(reason()).toBe("there is no finished build yet");
    expect(readBuildStamp(path.join(root, ".next"))).toBeUndefined();
  });
});

describe("digestBuildInputs: what Next compiles", () => {
  const code = () => digestBuildInputs(sources).code;

  it("stays the same when only the content, public/ or the site's address changed: the compile is reused", () => {
    const before = code();
    fs.appendFileSync(path.join(root, "content/posts/een.md"), "Nog een zin.\n");
    fs.writeFileSync(path.join(root, "public/images/foto.jpg"), "andere jpeg");
    sources.env = { ...env, SITE_URL: "https://andere.example" };
    expect(code()).toBe(before);
    expect(clearBuildStamp(path.join(root, ".next"))?.code).toBe(before);
  });

  it("changes with the code, its configuration, the installed packages, STANDALONE and NEXT_PUBLIC_* settings", () => {
    const seen = new Set([code()]);
    fs.writeFileSync(path.join(root, "lib/site.ts"), "export const site = { name: 'x' };\n");
    seen.add(code());
    fs.mkdirSync(path.join(root, "app"));
    fs.writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() {}\n");
    seen.add(code());
    fs.writeFileSync(path.join(root, "next.config.ts"), "export default {};\n");
    seen.add(code());
    fs.writeFileSync(path.join(root, "package-lock.json"), '{ "lockfileVersion": 3 }\n');
    seen.add(code());
    fs.writeFileSync(path.join(root, "instrumentation.ts"), "export function register() {}\n");
    seen.add(code());
    sources.env = { ...env, STANDALONE: "1" };
    seen.add(code());
    sources.env = { ...env, STANDALONE: "1", NEXT_PUBLIC_ANALYTICS: "nee" };
    seen.add(code());
    expect(seen.size).toBe(8);
  });
});
