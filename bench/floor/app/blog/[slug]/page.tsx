import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllPosts, getPostBySlug } from "@/lib/api";
import { markdownToHtml } from "@/lib/markdown-to-html";

type Params = { params: Promise<{ slug: string }> };

export default async function Post({ params }: Params) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return (
    <article>
      <h1>{post.title}</h1>
      <time dateTime={post.date}>{post.date.slice(0, 10)}</time>
      <div dangerouslySetInnerHTML={{ __html: await markdownToHtml(post.content) }} />
    </article>
  );
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return post ? { title: post.title } : {};
}

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}
