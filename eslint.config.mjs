import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const FACTORIES = {
  group: ["@/lib/factories/*", "@/lib/factories/**"],
  message: "lib/factories is for tests, benchmarks and the demo seed, not for the app.",
};

const config = [
  {
    ignores: ["lib/generated/**", ".import-worker/**", ".next/**", ".next-*/**", "bench-results/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Components render; they may name lib/server's types but never run its code (DESIGN.md layering).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/*", "@/lib/server/**", "@/lib/db"], allowTypeImports: true, message: "Components may import lib/server and lib/db for types only (`import type`)." },
            { group: ["@/app/*", "@/app/**"], message: "Nothing imports app/." },
            FACTORIES,
          ],
        },
      ],
    },
  },
  {
    // The factories write test, benchmark and demo rows; the app itself never runs them.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/factories/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [FACTORIES] }] },
  },
  {
    // lib/editor runs in the browser editor and on the server alike (DESIGN.md): no framework or server code in it.
    // This rule replaces the lib/** block's for these files, so it names FACTORIES again.
    files: ["lib/editor/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "react-dom/*", "@tiptap/react", "@tiptap/react/*"], message: "lib/editor is shared by browser and server: no React or Next.js." },
            { group: ["@/components/*", "@/components/**", "@/app/*", "@/app/**", "@/lib/server/*", "@/lib/server/**", "@/lib/db"], message: "lib/editor imports only lib/domain and packages." },
            FACTORIES,
          ],
        },
      ],
    },
  },
];

export default config;
