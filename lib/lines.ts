import fs from "node:fs";

/**
 * Yields the lines of a UTF-8 file without their line breaks, reading `chunkBytes` at a time: a line break never
 * falls inside a character, so each line is decoded whole. A line is copied once, however many chunks it spans. The
 * file is closed when the last line has been taken, or when the caller stops early (return, break, a throw).
 */
export function* readLines(file: string, chunkBytes = 1 << 20): Generator<string> {
  const fd = fs.openSync(file, "r");
  try {
    const chunk = Buffer.alloc(chunkBytes);
    let parts: Buffer[] = [];
    for (let read; (read = fs.readSync(fd, chunk, 0, chunkBytes, null)) > 0;) {
      const data = chunk.subarray(0, read);
      let start = 0;
      for (let end; (end = data.indexOf(10, start)) >= 0; start = end + 1) {
        yield Buffer.concat([...parts, data.subarray(start, end)]).toString("utf8");
        parts = [];
      }
      if (start < read) parts.push(Buffer.from(data.subarray(start)));
    }
    if (parts.length > 0) yield Buffer.concat(parts).toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}
