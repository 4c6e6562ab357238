// html-validate's recommended rules, less four style rules that fight how React writes valid HTML:
// camelCase attribute names (charSet, fetchPriority), self-closed void elements (<meta/>), and boolean or empty
// attributes with an empty value (async="", hidden=""). HTML allows each of these spellings.
// React's generated ids (such as _R_) are valid HTML5 ids, so valid-id runs in relaxed mode.
const config = {
  extends: ["html-validate:recommended"],
  rules: {
    "attr-case": "off",
    "void-style": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "valid-id": ["error", { relaxed: true }],
  },
};

export default config;
