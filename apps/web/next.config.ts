import type { NextConfig } from "next";

// The web app talks only to the GraphQL API, so no workspace package needs transpiling.
const nextConfig: NextConfig = {
  // The browser tests build into a folder of their own, so a running `pnpm start` is left alone.
  distDir: process.env.WHOSAID_WEB_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep builds reproducible offline: no telemetry, no remote fonts or images.
  images: { unoptimized: true },
};

export default nextConfig;
