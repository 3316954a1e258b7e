import { defineConfig } from 'vite';

// Fixed file names: CMake lists the built files in the server's Qt resource before they exist,
// so they cannot carry content hashes (the server sends them with no-cache and an ETag instead).
export default defineConfig({
  base: '/office/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: process.env.CONSOLE_OUT_DIR || 'dist',
    emptyOutDir: true,
    modulePreload: false, // its polyfill would be the only script not in a file of ours
    cssCodeSplit: false,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/console.js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/console[extname]',
      },
    },
  },
});
