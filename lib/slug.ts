/** Returns a URL slug for a label: diacritics folded, `&` as "en", lowercase ASCII words joined by hyphens. */
export function slugify(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/&/g, " en ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
