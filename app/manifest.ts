import type { MetadataRoute } from "next";
import { faviconPath, touchIconPath } from "@/lib/paths";
import { site } from "@/lib/site";

export const dynamic = "force-static";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: "Peter Bröring",
    description: site.tagline,
    lang: "nl",
    start_url: "/",
    display: "browser",
    background_color: "#fdfbf7",
    theme_color: "#8a3b12",
    icons: [
      { src: faviconPath, sizes: "any", type: "image/svg+xml" },
      { src: touchIconPath, sizes: "180x180", type: "image/png" },
    ],
  };
}
