import { defineConfig } from 'vite';

/** The renderer: React + Vite, served from app:// in the app and by the loopback bridge in e2e tests. */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome120',
    assetsInlineLimit: 0,
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
});
