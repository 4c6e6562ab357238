import { absoluteUrl } from "../site";
import type { PublicReaction } from "./store";

/** Returns a post's JSON-LD with its approved reactions as schema.org `commentCount` and `Comment`s. */
export function withComments(
  posting: Record<string, unknown>,
  reactions: PublicReaction[],
  path: string,
): Record<string, unknown> {
  return {
    ...posting,
    commentCount: reactions.length,
    ...(reactions.length > 0 && {
      comment: reactions.map((reaction) => ({
        "@type": "Comment",
        "@id": absoluteUrl(`${path}#reactie-${reaction.id}`),
        author: { "@type": "Person", name: reaction.name },
        dateCreated: reaction.createdAt,
        text: reaction.body,
      })),
    }),
  };
}
