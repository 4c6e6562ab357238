import { readContent, type Content } from "./read";
import { configuredSources, readOptions, readStore, storedContent, storeKey, writeStore } from "./store";

// npm run dev: an editor changes files while the server runs, so every call checks whether any file has changed
// (by name, size and time) and reads only the changed posts again. A build or a server reads the store once.
const followEdits = process.env.NODE_ENV === "development";

let remembered: { key: string; publicPaths: string[]; content: Content } | undefined;

/**
 * Returns the configured site's content (lib/site.ts): from memory, else from the content store when it was made
 * from the same files, else read from the files (reusing the store's unchanged posts) and stored. Throws a
 * ContentError listing every problem.
 */
export function getContent(): Content {
  const sources = configuredSources();
  if (remembered && (!followEdits || storeKey(sources, remembered.publicPaths) === remembered.key)) {
    return remembered.content;
  }
  const store = readStore();
  if (store && store.key === storeKey(sources, store.publicPaths)) {
    remembered = { key: store.key, publicPaths: store.publicPaths, content: storedContent(store) };
    return remembered.content;
  }
  const content = readContent(sources.contentDir, readOptions(sources, store));
  const written = writeStore(sources, content);
  remembered = { key: written.key, publicPaths: written.publicPaths, content };
  return content;
}
