import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    // Corpus tests parse hundreds of pages; the machines are shared and slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
