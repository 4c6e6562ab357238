import { site } from "@/lib/site";
import { ogImageSize, renderOgImage } from "./_components/OgImage";

export const dynamic = "force-static";
export const alt = site.name;
export const size = ogImageSize;
export const contentType = "image/png";

export default function Image() {
  return renderOgImage({ title: site.name, byline: site.tagline });
}
