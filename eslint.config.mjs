import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  {
    ignores: [
      ".next/**",
      "out/**",
      "node_modules/**",
      "next-env.d.ts",
      "tests/artifacts/**",
      "public/_generated/**",
      "bench/floor/.next/**",
      "bench/results/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Pages are static documents: plain links navigate without client JavaScript, which is the point.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
];

export default eslintConfig;
