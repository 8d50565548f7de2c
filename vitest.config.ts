import { defineConfig } from 'vitest/config';

// One Vitest run covers pure unit tests (*.test.ts) and HTTP integration tests (*.int.test.ts).
// Integration tests share one PGlite instance per worker (see packages/server/src/test/app.ts);
// each test creates its own organisation, so order does not matter.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    pool: 'forks',
    // Reuse workers across files: integration tests then share one database per worker (each test makes its own organisation).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
