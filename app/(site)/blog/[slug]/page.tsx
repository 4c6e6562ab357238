import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  getAdjacentPosts,
  getMorePostsByAuthor,
  getPostBySlug,
  getPostParams,
  getRelatedPosts,
} from "@/lib/content/lookups";
import { postMetadata } from "@/lib/outputs/metadata";
import { pageIds } from "@/lib/page-ids";
import { authorPath, postPath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { blogPosting, postBreadcrumbs } from "@/lib/outputs/structured-data";
import { CoverImage } from "@/app/_components/CoverImage";
import { JsonLd } from "@/app/_components/JsonLd";
import { PostList } from "@/app/_components/PostList";
import { PostMeta } from "@/app/_components/PostMeta";
import { PostNavigation } from "@/app/_components/PostNavigation";
import { RelatedPosts } from "@/app/_components/RelatedPosts";
import { TableOfContents } from "@/app/_components/TableOfContents";
import { ShareLinks } from "@/app/_components/ShareLinks";
import { TopicLinks } from "@/app/_components/TopicLinks";
import { Reactions } from "@/app/_components/Reactions";
import { SubscribeForm } from "@/app/_components/SubscribeForm";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { getReactionsConfig } from "@/lib/reactions/config";
import { makeFormToken } from "@/lib/reactions/limits";
import { existingDatabase } from "@/lib/reactions/runtime";
import { getColumnReactions } from "@/lib/reactions/snapshot";
import { withComments } from "@/lib/reactions/structured-data";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
// Regenerated at most every 2 s while visited, and told to shared caches as `s-maxage=2`: an approval or a deletion
// reaches every reader, through nginx or a CDN, within seconds. Never a page older than a day (expireTime).
export const revalidate = 2;

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
  const related = getRelatedPosts(post);
  const more = getMorePostsByAuthor(post, 3, related);
  const reactions = await getColumnReactions(post.slug, existingDatabase());
  const config = getReactionsConfig();
  const form = config && { slug: post.slug, token: makeFormToken(config.secret, post.slug) };
  return (
    <>
      <article className="post">
        <CoverImage post={post} />
        <header>
          <h1>{post.title}</h1>
          {post.lead && <p className="lead">{post.lead}</p>}
          <PostMeta post={post} />
          <TopicLinks topics={post.topics} />
        </header>
        <TableOfContents headings={post.headings} />
        <div className="prose" dangerouslySetInnerHTML={{ __html: post.html }} />
        <footer>
          <ShareLinks title={post.title} url={absoluteUrl(postPath(post))} />
        </footer>
        <JsonLd data={withComments(blogPosting(post), reactions, postPath(post))} />
        <JsonLd data={postBreadcrumbs(post)} />
      </article>
      <Reactions reactions={reactions} form={form} />
      <SubscribeForm open={Boolean(getNewsletterConfig())} />
      <RelatedPosts posts={related} />
      {more.length > 0 && (
        <section className="more" aria-labelledby={pageIds.more}>
          <h2 id={pageIds.more}>Meer van {post.author.name}</h2>
          <PostList posts={more} headingLevel={3} linkAuthor={false} />
          <p>
            <a href={authorPath(post.author)}>Alle columns van {post.author.name}</a>
          </p>
        </section>
      )}
      <PostNavigation {...getAdjacentPosts(post)} />
    </>
  );
}
