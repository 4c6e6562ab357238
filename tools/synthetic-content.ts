// Synthetic content for the benchmark: Dutch-like columns of realistic length, several authors and topics, some
// drafts. Deterministic: the same size always gives the same files.
import fs from "node:fs";
import path from "node:path";

const words = (
  "de het een en van in is dat op te met voor niet zijn aan er ook als bij door maar om dan zo nog wel klant " +
  "klanten medewerker medewerkers gedrag strategie bedrijf organisatie contact ervaring vraag antwoord manager " +
  "leiding team waarde kwaliteit dienst product gesprek vertrouwen aandacht keuze toekomst markt verschil " +
  "belangrijk eenvoudig lastig echt vaak soms altijd samen elke goede nieuwe eigen heldere betrokken open " +
  "luisteren doen zeggen laten zien maken werken leren groeien veranderen kiezen helpen vragen begrijpen"
).split(" ");
const topics = ["Klantcontact", "Strategie", "Gedrag", "Leiderschap", "Klantervaring", "Service", "Teams", "Cultuur"];
const authors = ["peter-broring", "anna-de-vries", "jan-smit", "fatima-el-amrani", "sanne-jansen"];

/** A small, seeded random number generator (mulberry32), so runs are comparable. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 13);
  const text = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function body(random: () => number): { text: string; count: number } {
  const target = 600 + Math.floor(random() * 901);
  const blocks: string[] = [];
  let count = 0;
  while (count < target) {
    if (blocks.length > 0 && random() < 0.12) blocks.push(`## ${sentence(random).slice(0, -1)}`);
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 5) }, () => sentence(random)).join(" ");
    count += paragraph.split(" ").length;
    blocks.push(paragraph);
  }
  return { text: blocks.join("\n\n"), count };
}

/** Writes `count` posts and their authors to `<dir>/posts` and `<dir>/authors`; returns the words written. */
export function writeSyntheticContent(dir: string, count: number): number {
  const random = seeded(count);
  fs.mkdirSync(path.join(dir, "posts"), { recursive: true });
  fs.mkdirSync(path.join(dir, "authors"), { recursive: true });
  for (const slug of authors) {
    const name = slug.replace(
      /(^|-)(\w)/g,
      (_, dash: string, letter: string) => `${dash ? " " : ""}${letter.toUpperCase()}`,
    );
    fs.writeFileSync(path.join(dir, "authors", `${slug}.md`), `---\nname: ${name}\n---\n\nColumnist.\n`);
  }
  let total = 0;
  for (let index = 1; index <= count; index++) {
    const { text, count: words } = body(random);
    total += words;
    const day = new Date(Date.UTC(2010, 0, 1) + index * 86_400_000 * 0.4).toISOString().slice(0, 10);
    const tags = topics.filter(() => random() < 0.25).slice(0, 3);
    const frontMatter = [
      `title: "Column ${index}: ${sentence(random).slice(0, 60).replace(/"/g, "")}"`,
      `date: ${day}`,
      `author: ${authors[index % authors.length]}`,
      ...(tags.length > 0 ? [`tags: [${tags.join(", ")}]`] : []),
      ...(index % 40 === 0 ? ["draft: true"] : []),
    ];
    fs.writeFileSync(path.join(dir, "posts", `column-${index}.md`), `---\n${frontMatter.join("\n")}\n---\n\n${text}\n`);
  }
  return total;
}
