import matter from "gray-matter";
import { LineCounter, parseDocument, isMap, isScalar } from "yaml";
import { plainDataProblems } from "./plain-yaml";
import type { Problem } from "./problems";

/** A content file split into its YAML data and its Markdown body, with line numbers kept. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** The file line on which the body's first line stands. */
  bodyLine: number;
  /** The file line of each top-level front-matter field. */
  fieldLines: Record<string, number>;
}

const refuseCode = () => {
  throw new Error("refused");
};
// gray-matter only splits; `yaml` parses, so its built-in JavaScript engines must never run.
const matterOptions = {
  engines: { yaml: () => ({}), js: refuseCode, javascript: refuseCode, coffee: refuseCode, json: refuseCode },
};

// The "field" of problems with the front matter as a whole.
const field = "front matter";

/** Returns the split file, or the problems that stop it being read; never runs code from the file. */
export function splitFile(file: string, raw: string): SplitFile | Problem[] {
  const source = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const opening = source.split("\n", 1)[0].trimEnd();
  if (opening !== "---") {
    const message = opening.startsWith("---")
      ? `must be YAML, got "${opening}": content is data and never runs code`
      : 'is missing: start the file with a line "---", the fields, and another "---"';
    return [{ file, line: 1, field, message }];
  }
  if (!/\n---[ \t]*(\n|$)/.test(source.slice(3))) {
    return [{ file, line: 1, field, message: 'is not closed: add a line "---" after the last field' }];
  }
  const { matter: yamlText, content } = matter(source, matterOptions);
  const lineCounter = new LineCounter();
  // The core schema keeps 2017-08-31 a string: dates are calendar days, not instants.
  const doc = parseDocument(yamlText, { schema: "core", lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      line: error.linePos?.[0].line,
      field,
      message: `YAML syntax error: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
    }));
  }
  const notPlain = plainDataProblems(file, doc, lineCounter);
  if (notPlain.length > 0) return notPlain;
  // No alias is left by now; maxAliasCount 0 keeps it so should that check ever miss one.
  const data: unknown = doc.toJS({ maxAliasCount: 0 }) ?? {};
  if (typeof data !== "object" || Array.isArray(data) || data === null) {
    return [{ file, line: 2, field, message: "must be fields like title: …, one per line" }];
  }
  const fieldLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      // A key like __proto__ is refused by the schema as an unknown field; it must not reach an object's prototype.
      if (isScalar(pair.key) && pair.key.range && String(pair.key.value) !== "__proto__") {
        fieldLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line;
      }
    }
  }
  const bodyLine = source.slice(0, source.length - content.length).split("\n").length;
  return { data: data as Record<string, unknown>, body: content, bodyLine, fieldLines };
}
