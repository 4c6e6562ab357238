import { feeds, getFeed } from "@/lib/outputs/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(getFeed("atom"), { headers: { "Content-Type": `${feeds.atom.type}; charset=utf-8` } });
}
