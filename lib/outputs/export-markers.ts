// The two attributes a component puts on an element for the static export (lib/outputs/static-export.ts). Everything
// else the export changes, it finds by what an element is (a script, a React marker), not by a mark.

/**
 * The element only works with a server: the export removes it whole. On the reaction form, which posts to /reactie,
 * and on the note that reacting is closed (the export has no form to be closed).
 */
export const serverOnlyAttribute = "data-server-only";
export const serverOnly = { "data-server-only": "" } as const;

/**
 * The element is hidden on the server and becomes a <noscript> in the export: for a feature that needs JavaScript in
 * the export only. On the search page's notice: the server searches without JavaScript, the export cannot.
 */
export const exportNoscriptAttribute = "data-export-noscript";
export const exportNoscript = { hidden: true, "data-export-noscript": "" } as const;
