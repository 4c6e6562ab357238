import { remark } from "remark";
import html from "remark-html";

/** Returns the Markdown as HTML, as the blog-starter's markdownToHtml does. */
export async function markdownToHtml(markdown: string): Promise<string> {
  const result = await remark().use(html).process(markdown);
  return result.toString();
}
