/** @type {import('next').NextConfig} */
const nextConfig = {
  // The emulator and the AWS SDK are Node libraries with their own lazy loading; bundling them gains nothing.
  serverExternalPackages: ['@bedrock-wrapper/emulator', '@aws-sdk/client-bedrock-runtime'],
  // The workspace packages are built ESM; no transpiling needed.
  reactStrictMode: true,
};

export default nextConfig;
