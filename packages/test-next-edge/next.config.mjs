/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks this app on its own (`tsc --noEmit`); the build does not do it again.
  typescript: { ignoreBuildErrors: true },
  // The Node route loads the AWS SDK from node_modules; the edge route must bundle it (with its browser build).
  serverExternalPackages: ['@aws-sdk/client-bedrock-runtime'],
  // turbo caches the build output (without .next/cache): writing Turbopack's build cache would only cost time.
  experimental: { turbopackFileSystemCacheForBuild: false },
};

export default nextConfig;
