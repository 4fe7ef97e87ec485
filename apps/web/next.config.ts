import type { NextConfig } from "next";

// `pnpm start` builds the app for someone who wants to run it, not to develop it: it skips the
// type check (`pnpm typecheck` and `pnpm test` run it) and Turbopack's build cache (written for
// the next build, it cost a fresh clone's first start a minute); see scripts/start.mjs.
const forStart = process.env.WHOSAID_WEB_BUILD_FOR_START === "1";

// The web app talks only to the GraphQL API, so no workspace package needs transpiling.
const nextConfig: NextConfig = {
  // The browser tests build into a folder of their own, so a running `pnpm start` is left alone.
  distDir: process.env.WHOSAID_WEB_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep builds reproducible offline: no telemetry, no remote fonts or images.
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: forStart },
  experimental: { turbopackFileSystemCacheForBuild: !forStart },
};

export default nextConfig;
