import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The access rules are pure TypeScript: bundle the source, no prior build needed.
      '@gatehouse/access': fileURLToPath(new URL('../../packages/access/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/auth': api,
      '/healthz': api,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
