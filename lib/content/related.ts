import type { Post, Topic } from "./posts";

/** What relating posts needs to know of the site: each topic's posts, and each post's place, newest first. */
export interface RelatedIndex {
  topics: ReadonlyMap<string, { posts: readonly Post[] }>;
  positions: ReadonlyMap<Post, number>;
}

/**
 * Returns up to `count` other posts that share a topic with `post`, best first. Each shared topic adds its weight,
 * log(1 + posts / posts with that topic), so a rare shared topic counts for more than a common one; on equal
 * scores the newer post comes first. None for a post without topics.
 */
export function relatedPosts(post: Post, { topics, positions }: RelatedIndex, count = 3): Post[] {
  const scores = new Map<Post, number>();
  for (const topic of uniqueTopics(post.topics)) {
    const sharing = topics.get(topic.slug)?.posts ?? [];
    const weight = Math.log(1 + positions.size / sharing.length);
    for (const other of sharing) if (other !== post) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  const position = (other: Post) => positions.get(other) ?? Infinity;
  const best: Post[] = [];
  for (const [other, score] of scores) {
    // Keep the best `count` in order as they come: at 10,000 posts this is far cheaper than sorting every candidate.
    const at = best.findIndex((kept) => {
      const keptScore = scores.get(kept) ?? 0;
      return score > keptScore || (score === keptScore && position(other) < position(kept));
    });
    if (at >= 0) best.splice(at, 0, other);
    else best.push(other);
    if (best.length > count) best.pop();
  }
  return best;
}

// A post that names one topic twice ("Gedrag" and "gedrag" are refused by the check, but the same label twice is not)
// shares it once.
function uniqueTopics(topics: Topic[]): Topic[] {
  return [...new Map(topics.map((topic) => [topic.slug, topic])).values()];
}
