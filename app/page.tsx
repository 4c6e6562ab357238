import { getAllPosts } from "@/lib/content";
import { site } from "@/lib/site";
import { PostList } from "./_components/PostList";

export default function HomePage() {
  return (
    <>
      <h1 className="page-title">Columns</h1>
      <PostList posts={getAllPosts().slice(0, site.postsPerPage)} />
    </>
  );
}
