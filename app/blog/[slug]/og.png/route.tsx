import { getPostBySlug, getPostParams } from "@/lib/content/lookups";
import { formatDutchDate } from "@/lib/dates";
import { ogImageResponse } from "@/app/_components/OgImage";

type Context = { params: Promise<{ slug: string }> };

// A route with a .png name, not opengraph-image.tsx, so that a static export writes a file a host serves as a PNG.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getPostParams();
}

export async function GET(_request: Request, { params }: Context) {
  const post = getPostBySlug((await params).slug);
  if (!post) return new Response("Niet gevonden", { status: 404 });
  const byline = [post.author.name, post.date && formatDutchDate(post.date)].filter(Boolean).join(" · ");
  return ogImageResponse({ title: post.title, byline });
}
