import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const fromHere = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);

// The web client's own modules live in src/web/api/ and are served as /api/*.ts:
// the dev server keeps those and forwards everything else under /api to the Fastify server.
const WEB_API_MODULE = /^\/api\/[^?]*\.tsx?(\?|$)/;

const apiProxy = {
  '/api': {
    target: 'http://localhost:3000',
    bypass: (request: { url?: string }) => (request.url && WEB_API_MODULE.test(request.url) ? request.url : undefined),
  },
};

export default defineConfig({
  root: fromHere('./src/web'),
  build: {
    outDir: fromHere('./dist/web'),
    // The output folder is outside the Vite root: Vite only empties it when asked.
    emptyOutDir: true,
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Palier — Espace client',
        short_name: 'Palier',
        description:
          'Votre espace client : vos biens, vos comptes, vos documents, vos interventions et vos assemblées générales.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f63c0',
        background_color: '#f8f9fa',
        categories: ['business', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The API is always asked live: personal data must never be served from a cache.
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
