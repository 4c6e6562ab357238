import { serializeJsonLd } from "@/lib/outputs/structured-data";

type Props = { data: Record<string, unknown> };

/** Structured data for search engines, escaped so that no content can close the script element. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
