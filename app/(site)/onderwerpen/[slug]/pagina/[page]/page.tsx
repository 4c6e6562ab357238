import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllTopics, getTopicBySlug, getTopicPage } from "@/lib/content/lookups";
import { pageParams, parsePageParam } from "@/lib/content/pagination";
import { pageMetadata } from "@/lib/outputs/metadata";
import { listPagePath, topicPath } from "@/lib/paths";
import { FirstPageRedirect } from "@/app/_components/FirstPageRedirect";
import { TopicPosts } from "@/app/_components/TopicPosts";

type Props = { params: Promise<{ slug: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTopics().flatMap((topic) =>
    pageParams(topic.posts.length).map(({ page }) => ({ slug: topic.slug, page })),
  );
}

async function topicPage(params: Props["params"]) {
  const { slug, page } = await params;
  const number = parsePageParam(page);
  const topic = getTopicBySlug(slug);
  const list = topic && number ? getTopicPage(slug, number) : undefined;
  return topic && list ? { topic, list } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await topicPage(params);
  if (!found) return {};
  const { topic, list } = found;
  if (list.page === 1) return { robots: { index: false }, alternates: { canonical: topicPath(topic) } };
  return pageMetadata({
    title: `${topic.label}, pagina ${list.page}`,
    description: `Columns over ${topic.label}, pagina ${list.page} van ${list.pageCount}`,
    path: listPagePath(topicPath(topic), list.page),
  });
}

export default async function TopicPageRoute({ params }: Props) {
  const found = await topicPage(params);
  if (!found) notFound();
  const { topic, list } = found;
  if (list.page === 1) {
    return <FirstPageRedirect to={topicPath(topic)} title={topic.label} linkText={`de pagina over ${topic.label}`} />;
  }
  return <TopicPosts topic={topic} list={list} />;
}
