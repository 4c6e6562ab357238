import { feeds, getFeed } from "@/lib/outputs/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(getFeed("json"), { headers: { "Content-Type": `${feeds.json.type}; charset=utf-8` } });
}
