import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // The provider (and through it the AWS SDK) is a dependency, not bundled.
  external: ['@bedrock-wrapper/ai-provider', '@aws-sdk/client-bedrock-runtime'],
});
