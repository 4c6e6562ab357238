// Limits a Markdown body must keep before it is parsed. The parser's work per line grows with the number of quotes
// and lists around it, and with the links and emphasis open inside a paragraph; beyond these limits a hostile or
// mistaken body would take minutes or overflow the stack. No column comes near them.

/** The largest body, in bytes of UTF-8: several megabytes of text still build, in time linear in their size. */
export const maxBodyBytes = 5 * 1024 * 1024;
/** How many quotes and lists may stand around one line. */
export const maxBlockNesting = 20;
/** How many links, images and emphasis marks may be open at one point of a paragraph. */
export const maxInlineNesting = 50;

/**
 * The most work a body may give the parser at the ends of its containers. micromark 4.0.3 copies every event before
 * the end of a list item, a quote or an underlined heading each time one ends, so that work grows with how many there
 * are times how far into the body they stand; this allows a thousand list items in a 20 KB column, or a hundred after
 * 100 KB of text, and keeps the worst body refused in about a second of parsing.
 */
export const maxContainerWork = 10_000_000;

/** The deepest syntax tree rendered: far more than the limits above allow, and far less than overflows the stack. */
export const maxTreeDepth = 200;

/** What is wrong with a body, with the line in the body (1-based) where it first shows. */
export interface LimitProblem {
  line: number;
  message: string;
}

// One quote mark or list marker at the start of a line, from `lastIndex` on.
const containerMarker = /[ \t]*(>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const closingFence = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** Returns the first limit `markdown` breaks, or undefined; reads each character a constant number of times. */
export function markdownLimitProblem(markdown: string): LimitProblem | undefined {
  const bytes = Buffer.byteLength(markdown);
  if (bytes > maxBodyBytes) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    return {
      line: 1,
      message: `is ${size} MB, more than the ${maxBodyBytes / 1024 / 1024} MB a column may be: split it`,
    };
  }
  const lines = markdown.split("\n");
  let inline = 0;
  let fenceMark: string | undefined;
  const work = containerWork();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const { depth, markers } = containerPrefix(line);
    // What a fenced code block holds is text: it starts no list, quote or heading.
    if (work.exceeded(fenceMark ? "" : line, lines[index - 1])) {
      const message = `has ${work.count} list items, quotes and underlined headings this far into its ${Math.ceil(bytes / 1024)} KB, more than the parser handles in good time: split the column or shorten its lists`;
      return { line: index + 1, message };
    }
    // What a fenced code block holds is text: its indentation and brackets open nothing. Its markers still count, as
    // a fence inside a list item ends where the next item begins.
    const block = fenceMark ? markers : depth;
    if (block > maxBlockNesting) {
      const message = `nests ${block} quotes or lists deep here, more than ${maxBlockNesting}: flatten them`;
      return { line: index + 1, message };
    }
    if (fenceMark) {
      const closing = closingFence.exec(line)?.[1];
      if (closing && closing[0] === fenceMark[0] && closing.length >= fenceMark.length) fenceMark = undefined;
      continue;
    }
    fenceMark = depth === 0 ? fence.exec(line)?.[1] : undefined;
    if (fenceMark) continue;
    // A blank line ends every paragraph, and with it every open link and emphasis.
    const open = /^[\s>]*$/.test(line) ? { max: 0, open: 0 } : inlineDepth(line, inline);
    inline = open.open;
    if (open.max > maxInlineNesting) {
      const message = `nests ${open.max} links, images or emphasis marks inside each other, more than ${maxInlineNesting}: close them sooner`;
      return { line: index + 1, message };
    }
  }
  return undefined;
}

// Counts the list items, quotes and underlined headings as they start, each weighted by where it stands in the body
// (an underlined heading costs the parser about five times a list item); says when their work passes the limit.
function containerWork() {
  let offset = 0;
  let total = 0;
  const state = {
    count: 0,
    /** Counts `line` (after `previous`) when it starts a container; true once the work passes the limit. */
    exceeded(line: string, previous: string | undefined): boolean {
      const starts = listItem.test(line) || (quote.test(line) && !quote.test(previous ?? ""));
      const underline = previous !== undefined && previous.trim() !== "" && setextUnderline.test(line);
      if (starts || underline) {
        state.count++;
        total += offset * (underline ? 5 : 1);
      }
      offset += Buffer.byteLength(line) + 1;
      return total > maxContainerWork;
    },
  };
  return state;
}

const listItem = /^[ \t>]*([-*+]|\d{1,9}[.)])([ \t]|$)/;
const quote = /^[ \t]{0,3}>/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;

// An upper bound of the containers around a line: its quote and list markers, and one list for every two columns
// of indentation before them (a nested list item is indented at least two columns past its parent's marker).
function containerPrefix(line: string): { depth: number; markers: number } {
  let markers = 0;
  let extraColumns = 0;
  containerMarker.lastIndex = 0;
  for (let match = containerMarker.exec(line); match; match = containerMarker.exec(line)) {
    const columns = [...match[0].slice(0, -match[1].length)].reduce((sum, c) => sum + (c === "\t" ? 4 : 1), 0);
    // The one space after a marker belongs to it.
    extraColumns += Math.max(0, columns - (markers > 0 ? 1 : 0));
    markers++;
  }
  return { depth: markers === 0 ? 0 : markers + Math.floor(extraColumns / 2), markers };
}

// The most brackets and emphasis marks open at once on this line, and how many stay open after it, given those open
// before it. Emphasis runs follow CommonMark's flanking rules; a run that may both open and close is left out.
function inlineDepth(line: string, openBefore: number): { max: number; open: number } {
  let open = openBefore;
  let max = open;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "\\") i++;
    else if (char === "[") open++;
    else if (char === "]") open = Math.max(0, open - 1);
    else if (char === "*" || char === "_") {
      let end = i;
      while (line[end + 1] === char) end++;
      const before = line[i - 1] ?? " ";
      const after = line[end + 1] ?? " ";
      const opens = !space(after) && (!punctuation(after) || space(before) || punctuation(before));
      const closes = !space(before) && (!punctuation(before) || space(after) || punctuation(after));
      if (opens && !closes) open += end - i + 1;
      if (closes && !opens) open = Math.max(0, open - (end - i + 1));
      i = end;
    }
    max = Math.max(max, open);
  }
  return { max, open };
}

const space = (char: string) => /\s/.test(char);
const punctuation = (char: string) => /[\p{P}\p{S}]/u.test(char);
