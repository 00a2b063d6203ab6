import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      // The shared packages are pure TypeScript: bundle the source, no prior build needed.
      '@gatehouse/access': fileURLToPath(new URL('../../packages/access/src/index.ts', import.meta.url)),
      '@gatehouse/contracts': fileURLToPath(new URL('../../packages/contracts/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/auth': api,
      '/healthz': api,
      '/api': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Two pages: the admin app, and the external users' portal, which loads none of the admin app.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        portal: fileURLToPath(new URL('./portal.html', import.meta.url)),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs)/ },
            // React alone (the portal needs no router): its own chunk.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
          ],
        },
      },
    },
  },
});
