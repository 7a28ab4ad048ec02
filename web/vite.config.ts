import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
// The one contract shared with the server (types and lists); see web/tsconfig.json's `paths`.
const contract = fileURLToPath(new URL('../src/contract', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  // The server puts each answer's CSP nonce in place of this (src/http/app.ts, sendIndex).
  html: { cspNonce: 'KHIEN_CSP_NONCE' },
  resolve: { alias: { '@contract': contract } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // The contract republishes pure domain modules: let the dev server read `src/` too.
    fs: { allow: [root, fileURLToPath(new URL('../src', import.meta.url))] },
    proxy: { '/api': 'http://localhost:3000' },
  },
});
