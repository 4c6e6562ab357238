import { feeds, getFeed } from "@/lib/outputs/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(getFeed("rss"), { headers: { "Content-Type": `${feeds.rss.type}; charset=utf-8` } });
}
