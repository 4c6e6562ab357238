import { isAlias, isCollection, isPair, isScalar, type Document, type LineCounter, type Node } from "yaml";
import type { Problem } from "./problems";

// Front matter is plain data: scalars, lists and maps. Anchors and aliases (which can expand a few lines into
// billions of values), explicit tags (`!!str`, `!!binary`, `!custom`) and non-scalar keys are YAML features an editor
// never needs; each is refused before the document is turned into data, so nothing expands and nothing is guessed.
const plain = "front matter is plain data";

/** Returns a problem for every anchor, alias, explicit tag and non-scalar key in `doc`, at its line; none when plain. */
export function plainDataProblems(file: string, doc: Document, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const lineOf = (node: { range?: unknown }) =>
    Array.isArray(node.range) ? lineCounter.linePos(node.range[0] as number).line : undefined;
  // One problem per field and kind: a bomb's hundred aliases of one anchor make one line, not a hundred.
  const report = (node: { range?: unknown }, field: string, message: string) => {
    if (reported.has(`${field}\n${message}`)) return;
    reported.add(`${field}\n${message}`);
    problems.push({ file, line: lineOf(node), field, message: `${message}: ${plain}` });
  };
  // Walked with a stack, not recursion: nesting depth costs memory, never the call stack.
  const stack: { node: unknown; field: string }[] = [{ node: doc.contents, field: "front matter" }];
  while (stack.length > 0) {
    const { node, field } = stack.pop()!;
    if (isAlias(node)) {
      report(node, field, `uses the alias *${node.source}: write the value out in full`);
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (node.anchor) report(node, field, `defines the anchor &${node.anchor}: leave it out`);
    if (node.tag) report(node, field, `has the tag ${shortTag(node.tag)}: write the value without it`);
    if (!isCollection(node)) continue;
    for (const item of [...node.items].reverse()) {
      if (!isPair(item)) {
        stack.push({ node: item, field });
        continue;
      }
      const key = item.key as Node | null;
      const name = isScalar(key) && !key.tag && !key.anchor ? String(key.value) : undefined;
      if (!name && key) report(key, field, "has a key that is not a plain name");
      stack.push({ node: item.value, field: field === "front matter" && name ? name : field });
      if (!name && key) stack.push({ node: key, field });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, "!!");
}
