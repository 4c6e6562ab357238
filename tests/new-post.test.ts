import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { todayInAmsterdam } from "@/lib/dates";
import { bodyPlaceholder } from "@/lib/content/new-post";
import { readContent } from "@/lib/content/read";
import { problemLines, siteWith } from "./helpers";

function newPost(contentDir: string, title: string) {
  return spawnSync("node_modules/.bin/jiti", ["scripts/new-post.ts", title], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

describe("npm run new-post", () => {
  const dir = siteWith();
  const file = path.join(dir, "posts", "klant-en-medewerker-een-team.md");

  it("creates a draft with its slug, today's date and the default author", () => {
    expect(newPost(dir, "Klant & medewerker: één team?").status).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe(
      `---\ntitle: "Klant & medewerker: één team?"\ndate: ${todayInAmsterdam()}\nauthor: peter-broring\ndraft: true\n---\n\n${bodyPlaceholder}\n`,
    );
  });

  it("writes a file that check refuses until the body is written, and then accepts", () => {
    fs.writeFileSync(path.join(dir, "authors", "peter-broring.md"), "---\nname: Peter Bröring\n---\n");
    expect(problemLines(() => readContent(dir), dir)).toEqual([
      "posts/klant-en-medewerker-een-team.md:8: body: still holds the placeholder of npm run new-post: replace it with the column",
    ]);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(bodyPlaceholder, "De column zelf."));
    expect(readContent(dir).posts[0]).toMatchObject({ title: "Klant & medewerker: één team?", draft: true });
  });

  it("refuses to overwrite an existing file", () => {
    const before = fs.readFileSync(file, "utf8");
    const result = newPost(dir, "Klant en medewerker: een team");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("klant-en-medewerker-een-team.md already exists");
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  it("asks for a title when there is none", () => {
    const result = newPost(dir, "");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run new-post -- "Titel van de column"');
  });
});
