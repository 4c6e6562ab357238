import { site } from "@/lib/site";
import { renderOgImage } from "@/app/_components/OgImage";

export const dynamic = "force-static";

export function GET() {
  return renderOgImage({ title: site.name, byline: site.tagline });
}
