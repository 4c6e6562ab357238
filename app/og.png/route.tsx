import { site } from "@/lib/site";
import { ogImageResponse } from "@/app/_components/OgImage";

export const dynamic = "force-static";

export function GET() {
  return ogImageResponse({ title: site.name, byline: site.tagline });
}
