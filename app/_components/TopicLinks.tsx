import type { Topic } from "@/lib/posts";
import { topicPath } from "@/lib/paths";

type Props = { topics: Topic[] };

/** A post's topics as links to their pages; nothing when it has none. */
export function TopicLinks({ topics }: Props) {
  if (topics.length === 0) return null;
  return (
    <ul className="topics" aria-label="Onderwerpen">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={topicPath(topic)}>{topic.label}</a>
        </li>
      ))}
    </ul>
  );
}
