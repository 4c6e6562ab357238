// The generated files' earlier homes, cleared out: a checkout updated by git pull still holds what its last builds
// wrote there.
import fs from "node:fs";
import path from "node:path";
import { generatedFolder } from "../paths";

/**
 * Removes what earlier builds wrote where nothing is served from any more. Before the generated folder, they
 * wrote straight into public/, where a file is served before any rewrite, so a stale search index or Open Graph image
 * would hide the new one: only those files go, and only before the generated folder first exists (anything an editor
 * put beside them, or later, stays). Then for a while, straight into the generated folder, which is the build's alone:
 * all but its site/ and dev/ go.
 */
export function removeEarlierLayout(publicDir = path.join(process.cwd(), "public")): void {
  const generated = path.join(publicDir, generatedFolder);
  if (fs.existsSync(generated)) {
    // The two values of generatedDir.
    const earlier = fs.readdirSync(generated).filter((name) => name !== "site" && name !== "dev");
    for (const name of earlier) fs.rmSync(path.join(generated, name), { recursive: true, force: true });
    return;
  }
  for (const name of ["og.png", "_variants", "pagefind"]) {
    fs.rmSync(path.join(publicDir, name), { recursive: true, force: true });
  }
  const blogDir = path.join(publicDir, "blog");
  if (!fs.existsSync(blogDir)) return;
  for (const entry of fs.readdirSync(blogDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(blogDir, entry.name);
    fs.rmSync(path.join(dir, "og.png"), { force: true });
    if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  }
  if (fs.readdirSync(blogDir).length === 0) fs.rmdirSync(blogDir);
}
