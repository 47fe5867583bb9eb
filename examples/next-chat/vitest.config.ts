import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `@/` imports of the app, for tests that call its route handler directly.
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
