import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllTopics, getTopicBySlug } from "@/lib/content/lookups";
import { pageMetadata } from "@/lib/outputs/metadata";
import { topicPath } from "@/lib/paths";
import { PostList } from "@/app/_components/PostList";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTopics().map((topic) => ({ slug: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopicBySlug((await params).slug);
  if (!topic) return {};
  return pageMetadata({ title: topic.label, description: `Columns over ${topic.label}`, path: topicPath(topic) });
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopicBySlug((await params).slug);
  if (!topic) notFound();
  return (
    <>
      <p className="kicker">
        <a href="/onderwerpen">Onderwerpen</a>
      </p>
      <h1 className="page-title">{topic.label}</h1>
      <PostList posts={topic.posts} />
    </>
  );
}
