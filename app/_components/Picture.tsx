import type { Picture as PictureData } from "@/lib/images";

type Props = {
  picture: PictureData;
  alt: string;
  /** In the first screen: loads at once and first; otherwise lazily, when the reader scrolls near it. */
  eager?: boolean;
  className?: string;
};

/** An image with its AVIF and WebP variants and its own format as fallback, sized so that nothing shifts. */
export function Picture({ picture: { sources, img, sizes }, alt, eager = false, className }: Props) {
  const loading = eager ? ({ fetchPriority: "high" } as const) : ({ loading: "lazy" } as const);
  const image = (
    // next/image needs client JavaScript and does nothing in a static export; the variants are made at build time.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={img.src}
      srcSet={img.srcSet}
      sizes={img.srcSet ? sizes : undefined}
      width={img.width}
      height={img.height}
      alt={alt}
      decoding="async"
      {...loading}
    />
  );
  if (sources.length === 0) return <span className={className}>{image}</span>;
  return (
    <picture className={className}>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {image}
    </picture>
  );
}
