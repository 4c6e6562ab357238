// Reads answers from the terminal without echoing them, or line by line from a pipe (`printf 'a\na\n' | npm run …`).
import readline from "node:readline";

/** Returns a reader of one answer at a time; `close` when done. */
export function readLines(input: NodeJS.ReadStream = process.stdin) {
  const terminal = Boolean(input.isTTY);
  const reader = readline.createInterface({ input, output: process.stderr, terminal });
  if (terminal) {
    // Print nothing of what is typed: replace readline's echo with nothing.
    (reader as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  }
  const waiting: string[] = [];
  const takers: ((line: string) => void)[] = [];
  let ended = false;
  reader.on("line", (line) => (takers.length > 0 ? takers.shift()?.(line) : waiting.push(line)));
  reader.on("close", () => {
    ended = true;
    for (const take of takers.splice(0)) take("");
  });
  return {
    next(prompt: string): Promise<string> {
      process.stderr.write(prompt);
      if (waiting.length > 0 || ended) {
        process.stderr.write("\n");
        return Promise.resolve(waiting.shift() ?? "");
      }
      return new Promise((resolve) =>
        takers.push((line) => {
          process.stderr.write("\n");
          resolve(line);
        }),
      );
    },
    close: () => reader.close(),
  };
}
