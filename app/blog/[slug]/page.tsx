import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllPosts, getPostBySlug, getPostHtml } from "@/lib/content";
import { PostMeta } from "@/app/_components/PostMeta";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return post ? { title: post.title, description: post.description } : {};
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
      </header>
      <div className="prose" dangerouslySetInnerHTML={{ __html: getPostHtml(post) }} />
    </article>
  );
}
