// `npm start`: serves the demo site from the repository root so pages can load /src directly.
// Everything, sample data included, comes from this machine: no request leaves localhost until a
// visitor opens a map (its tiles come from OpenStreetMap, as on a real site).
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { cpSync, readdirSync } from 'node:fs';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  publicDir: false,
  plugins: [
    {
      // `npm run build:demo`: the pages fetch their sample data at run time, so copy it along.
      name: 'rk-demo-data',
      apply: 'build',
      closeBundle() {
        cpSync(resolve(root, 'demo/data'), resolve(root, 'demo-dist/demo/data'), { recursive: true });
      },
    },
    {
      name: 'rk-demo-home',
      // The demo lives in /demo/; send the bare address there.
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url === '/' || req.url === '/index.html') {
            res.statusCode = 302;
            res.setHeader('Location', '/demo/');
            res.end();
          } else next();
        });
      },
    },
  ],
  server: { host: '127.0.0.1', port: 5173, open: false, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(root, 'demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      // Every page of the demo site.
      input: Object.fromEntries(
        readdirSync(resolve(root, 'demo'))
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), resolve(root, 'demo', f)]),
      ),
    },
  },
});
