import type { Topic } from "@/lib/content/posts";
import { topicPath } from "@/lib/paths";

type Props = { topics: Topic[] };

/** A post's topics as links to their pages; nothing when it has none. */
export function TopicLinks({ topics }: Props) {
  if (topics.length === 0) return null;
  return (
    <p className="topics">
      <span className="topics-label">Onderwerpen:</span>
      {topics.map((topic) => (
        <a key={topic.slug} href={topicPath(topic)}>
          {topic.label}
        </a>
      ))}
    </p>
  );
}
