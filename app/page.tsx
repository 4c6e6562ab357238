import { getAllPosts } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { blog } from "@/lib/structured-data";
import { JsonLd } from "./_components/JsonLd";
import { PostList } from "./_components/PostList";

export const metadata = pageMetadata({ description: site.tagline, path: "/" });

export default function HomePage() {
  const posts = getAllPosts().slice(0, site.postsPerPage);
  return (
    <>
      <h1 className="page-title">Columns</h1>
      <PostList posts={posts} />
      <JsonLd data={blog(posts)} />
    </>
  );
}
