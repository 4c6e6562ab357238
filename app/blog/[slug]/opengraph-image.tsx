import { notFound } from "next/navigation";
import { getPostBySlug, getPostParams } from "@/lib/content";
import { formatDutchDate } from "@/lib/dates";
import { ogImageSize, renderOgImage } from "@/app/_components/OgImage";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const alt = "Titel en auteur van de column";
export const size = ogImageSize;
export const contentType = "image/png";

export function generateStaticParams() {
  return getPostParams();
}

export default async function Image({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  const byline = [post.author.name, post.date && formatDutchDate(post.date)].filter(Boolean).join(" · ");
  return renderOgImage({ title: post.title, byline });
}
