import type { ListPage } from "@/lib/content/pagination";
import type { Post, Topic } from "@/lib/content/posts";
import { listPagePath, topicPath } from "@/lib/paths";
import { Pagination } from "./Pagination";
import { PostList } from "./PostList";

type Props = { topic: Topic; list: ListPage<Post> };

/** One page of a topic's columns, with links to its other pages. */
export function TopicPosts({ topic, list: { posts, page, pageCount } }: Props) {
  return (
    <>
      <p className="kicker">
        <a href="/onderwerpen">Onderwerpen</a>
      </p>
      <h1 className="page-title">{page === 1 ? topic.label : `${topic.label}, pagina ${page} van ${pageCount}`}</h1>
      <PostList posts={posts} />
      <Pagination page={page} pageCount={pageCount} pathOf={(n) => listPagePath(topicPath(topic), n)} />
    </>
  );
}
