// A column whose lead is its first paragraph is often found in that paragraph, and then Pagefind's excerpt is the
// lead again. A result shows such a lead once: as the excerpt, which marks the words found.

/** How many words in a row an excerpt must share with a lead to count as repeating it. */
export const repeatedRun = 6;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Returns whether `excerpt` (plain text) repeats `lead`: it holds a run of `run` words of the lead, or all of a
 * shorter lead. An empty lead is never repeated.
 */
export function repeatsLead(lead: string, excerpt: string, run = repeatedRun): boolean {
  const leadWords = wordsOf(lead);
  if (leadWords.length === 0) return false;
  const size = Math.min(run, leadWords.length);
  const excerptRuns = new Set<string>();
  const excerptWords = wordsOf(excerpt);
  for (let index = 0; index + size <= excerptWords.length; index++) {
    excerptRuns.add(excerptWords.slice(index, index + size).join(" "));
  }
  for (let index = 0; index + size <= leadWords.length; index++) {
    if (excerptRuns.has(leadWords.slice(index, index + size).join(" "))) return true;
  }
  return false;
}
