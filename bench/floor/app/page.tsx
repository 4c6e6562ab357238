import Link from "next/link";
import { getAllPosts } from "@/lib/api";

export default function Index() {
  return (
    <ul>
      {getAllPosts().map((post) => (
        <li key={post.slug}>
          <Link href={`/blog/${post.slug}`}>{post.title}</Link>{" "}
          <time dateTime={post.date}>{post.date.slice(0, 10)}</time>
        </li>
      ))}
    </ul>
  );
}
