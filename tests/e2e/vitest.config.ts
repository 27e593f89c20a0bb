import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/chrome-mv3) in a real Chromium, and the Firefox build
// (tests/firefox/, which builds its own variants) through web-ext lint and firefox-esr: one browser at a time,
// generous timeouts (the machines are shared and slow).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
