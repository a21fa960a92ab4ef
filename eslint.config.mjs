import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "app/_server/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/sw.js"],
  },
  {
    // The layer direction: pure domain code never reaches into the web, database or UI layers.
    files: ["app/_domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "pg", "better-sqlite3"], message: "app/_domain is pure TypeScript: no Next, React or database imports." },
            { group: ["@/app/_server/*", "@/app/_ui/*", "**/_server/**", "**/_ui/**", "@/app/_i18n/server"], message: "app/_domain must not import the server or UI layers." },
          ],
        },
      ],
    },
  },
];

export default config;
