import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Type-aware rules read the TypeScript program, so they run on the TypeScript files only; the
// handful of .mjs/.js config and script files keep the syntax-only rules.
const typeChecked = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const recommendedTypeCheckedRules = Object.assign({}, ...tseslint.configs.recommendedTypeCheckedOnly.map((c) => c.rules ?? {}));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "app/_server/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/sw.js",
      // Stryker's sandbox and reports: a copy of the sources, instrumented, left behind by a stopped run.
      ".stryker-tmp/**",
      "reports/**",
    ],
  },
  {
    files: typeChecked,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...recommendedTypeCheckedRules,
      // Beyond the recommended set: a condition the types prove constant is dead code or a type
      // that lies, and a switch over a union must name every member so adding one is a compile-time
      // to-do list rather than a silent fall-through.
      "@typescript-eslint/no-unnecessary-condition": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      // Off: every finding (13) was an async function that implements an async interface without
      // needing to wait (a benchmark's run, a mocked cookies()/headers()); no-floating-promises
      // and await-thenable catch the mistakes that matter, a promise not awaited.
      "require-await": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Vitest's and Playwright's asymmetric matchers (expect.any, expect.stringMatching, …) are typed
    // `any` by design, so every one inside an expected object would be an "unsafe assignment". The
    // rest of no-unsafe-* stays on in tests: reading a field of an untyped JSON body is still refused.
    files: ["**/*.test.ts", "**/*.test.tsx", "tests/**", "e2e/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // The layer direction: pure domain code never reaches into the web, database or UI packages.
    files: ["app/_domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "pg", "better-sqlite3"],
              message: "app/_domain is pure TypeScript: no Next, React or database imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // The layers depend one way: routes and pages (app/**) → app/_ui → app/_server → app/_domain.
    // app/_ui reaches the server only through server action modules (app/_server/actions, "use
    // server"), which a client component may call; what a page shows, the page reads from
    // app/_server and passes down as props, and the types both sides share live in app/_domain.
    // app/_i18n (messages) sits beside app/_server; app/_pwa (the service worker) runs in the
    // browser and may use what app/_ui keeps on the device.
    files: ["app/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./app/_domain", from: "./app", except: ["./_domain"], message: "app/_domain imports nothing of the other layers." },
            { target: "./app/_i18n", from: "./app", except: ["./_domain", "./_i18n"], message: "app/_i18n may import app/_domain only." },
            {
              target: "./app/_server",
              from: "./app",
              except: ["./_domain", "./_i18n", "./_server"],
              message: "app/_server may import app/_domain (and app/_i18n) only: put a type the UI shares in app/_domain.",
            },
            {
              target: "./app/_ui",
              from: "./app",
              except: ["./_domain", "./_i18n", "./_ui", "./_server/actions"],
              message: "app/_ui may import app/_server's action modules only: read data in the page and pass it as props.",
            },
            {
              target: "./app/_pwa",
              from: "./app",
              except: ["./_domain", "./_i18n", "./_ui", "./_pwa"],
              message: "The service worker may import app/_domain, app/_i18n and app/_ui only.",
            },
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true, disableScc: true }],
    },
  },
];

export default config;
