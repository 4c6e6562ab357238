import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllTopics, getTopicBySlug, getTopicPage } from "@/lib/content/lookups";
import { pageMetadata } from "@/lib/outputs/metadata";
import { topicPath } from "@/lib/paths";
import { TopicPosts } from "@/app/_components/TopicPosts";

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
  const { slug } = await params;
  const topic = getTopicBySlug(slug);
  const list = getTopicPage(slug, 1);
  if (!topic || !list) notFound();
  return <TopicPosts topic={topic} list={list} />;
}
