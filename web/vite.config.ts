import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// The build lands in target/classes/META-INF/resources: the module's jar carries it, and the gateway, which depends
// on that jar, serves it at / (Quarkus serves META-INF/resources of every jar on its class path).
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    // `npm run dev` against a local run: same-origin calls through the dev server (SUMMITRY_GATEWAY: another port)
    proxy: {
      '/graphql': process.env.SUMMITRY_GATEWAY ?? 'http://127.0.0.1:8080',
      '/export': process.env.SUMMITRY_GATEWAY ?? 'http://127.0.0.1:8080',
      '/sign-in.json': process.env.SUMMITRY_GATEWAY ?? 'http://127.0.0.1:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
