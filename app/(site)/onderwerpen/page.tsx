import { getAllTopics } from "@/lib/content/lookups";
import { pageMetadata } from "@/lib/outputs/metadata";
import { topicPath } from "@/lib/paths";

export const metadata = pageMetadata({
  title: "Onderwerpen",
  description: "Alle onderwerpen van de columns, met het aantal columns per onderwerp.",
  path: "/onderwerpen",
});

export default function TopicsPage() {
  const topics = getAllTopics();
  return (
    <>
      <h1 className="page-title">Onderwerpen</h1>
      {topics.length === 0 ? (
        <p className="empty">Er zijn nog geen onderwerpen.</p>
      ) : (
        <ul className="topic-list">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <a href={topicPath(topic)}>{topic.label}</a>{" "}
              <span className="count">
                ({topic.posts.length} {topic.posts.length === 1 ? "column" : "columns"})
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
