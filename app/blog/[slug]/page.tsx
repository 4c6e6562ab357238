import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPostBySlug, getPostHtml, getPostParams } from "@/lib/content";
import { postMetadata } from "@/lib/metadata";
import { blogPosting, postBreadcrumbs } from "@/lib/structured-data";
import { JsonLd } from "@/app/_components/JsonLd";
import { PostMeta } from "@/app/_components/PostMeta";
import { TopicLinks } from "@/app/_components/TopicLinks";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPostParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return (
    <article className="post">
      <header>
        <h1>{post.title}</h1>
        {post.lead && <p className="lead">{post.lead}</p>}
        <PostMeta post={post} />
        <TopicLinks topics={post.topics} />
      </header>
      <div className="prose" dangerouslySetInnerHTML={{ __html: getPostHtml(post) }} />
      <JsonLd data={blogPosting(post)} />
      <JsonLd data={postBreadcrumbs(post)} />
    </article>
  );
}
