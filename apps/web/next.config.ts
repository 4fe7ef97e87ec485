import type { NextConfig } from "next";

// The web app talks only to the GraphQL API, so no workspace package needs transpiling.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep builds reproducible offline: no telemetry, no remote fonts or images.
  images: { unoptimized: true },
};

export default nextConfig;
