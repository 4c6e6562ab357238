import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllAuthors, getAuthorBySlug, getAuthorPage, getPostsByAuthor } from "@/lib/content/lookups";
import { pageParams, parsePageParam } from "@/lib/content/pagination";
import { pageMetadata } from "@/lib/outputs/metadata";
import { authorPath, listPagePath } from "@/lib/paths";
import { AuthorPosts } from "@/app/_components/AuthorPosts";
import { FirstPageRedirect } from "@/app/_components/FirstPageRedirect";

type Props = { params: Promise<{ slug: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllAuthors().flatMap((author) =>
    pageParams(getPostsByAuthor(author.slug).length).map(({ page }) => ({ slug: author.slug, page })),
  );
}

async function authorPage(params: Props["params"]) {
  const { slug, page } = await params;
  const number = parsePageParam(page);
  const author = getAuthorBySlug(slug);
  const list = author && number ? getAuthorPage(slug, number) : undefined;
  return author && list ? { author, list } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await authorPage(params);
  if (!found) return {};
  const { author, list } = found;
  if (list.page === 1) return { robots: { index: false }, alternates: { canonical: authorPath(author) } };
  return pageMetadata({
    title: `Columns van ${author.name}, pagina ${list.page}`,
    description: `Alle columns van ${author.name}, pagina ${list.page} van ${list.pageCount}`,
    path: listPagePath(authorPath(author), list.page),
  });
}

export default async function AuthorPageRoute({ params }: Props) {
  const found = await authorPage(params);
  if (!found) notFound();
  const { author, list } = found;
  if (list.page === 1) {
    return <FirstPageRedirect to={authorPath(author)} title={author.name} linkText={`de pagina van ${author.name}`} />;
  }
  return <AuthorPosts author={author} list={list} />;
}
