import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllPosts, getIndexPage } from "@/lib/content/lookups";
import { pageParams, parsePageParam } from "@/lib/content/pagination";
import { pageMetadata } from "@/lib/outputs/metadata";
import { indexPagePath } from "@/lib/paths";
import { site } from "@/lib/site";
import { FirstPageRedirect } from "@/app/_components/FirstPageRedirect";
import { PostIndex } from "@/app/_components/PostIndex";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(getAllPosts().length);
}

async function indexPage(params: Props["params"]) {
  const page = parsePageParam((await params).page);
  return page ? getIndexPage(page) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const index = await indexPage(params);
  if (!index) return {};
  if (index.page === 1) return { robots: { index: false }, alternates: { canonical: "/" } };
  const title = `Columns, pagina ${index.page}`;
  return pageMetadata({ title, description: site.tagline, path: indexPagePath(index.page) });
}

export default async function IndexPageRoute({ params }: Props) {
  const index = await indexPage(params);
  if (!index) notFound();
  if (index.page === 1) return <FirstPageRedirect to="/" title="Columns" linkText="de voorpagina" />;
  return <PostIndex index={index} />;
}
