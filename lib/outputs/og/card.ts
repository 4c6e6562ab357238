import { site } from "../../site";

/** What an Open Graph image says: a title, and a line under it. */
export interface OgCard {
  title: string;
  /** The author and date of a post, or the site's tagline. */
  byline: string;
}

/** An element as satori takes it: the shape of a React element, written without React. */
export interface OgElement {
  type: "div";
  props: { style: Record<string, string | number>; children?: string | OgElement[] };
}

/** Open Graph images are 1200 × 630 PNGs. */
export const ogImageSize = { width: 1200, height: 630 } as const;

const colours = { paper: "#fdfbf7", rust: "#8a3b12", ink: "#1f1d1a", muted: "#5c574f" };

function div(style: OgElement["props"]["style"], children: OgElement["props"]["children"]): OgElement {
  return { type: "div", props: { style: { display: "flex", ...style }, children } };
}

/** Returns the card's layout: the site's name in rust, the title large, the byline muted, on paper with a rust bar. */
export function ogCardLayout({ title, byline }: OgCard, fontFamily: string): OgElement {
  const titleSize = title.length > 60 ? 60 : title.length > 30 ? 72 : 84;
  return div(
    {
      width: ogImageSize.width,
      height: ogImageSize.height,
      boxSizing: "border-box",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "72px 88px",
      background: colours.paper,
      borderLeft: `24px solid ${colours.rust}`,
      color: colours.ink,
      fontFamily,
    },
    [
      div({ fontSize: 30, color: colours.rust, fontWeight: 700 }, site.name),
      div({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.12, letterSpacing: "-0.01em" }, title),
      div({ fontSize: 32, color: colours.muted, fontWeight: 400 }, byline),
    ],
  );
}
