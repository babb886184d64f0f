import { defineConfig } from "vite";

// The bundle lands in the web project's wwwroot/app (gitignored), which the host serves as static files; `/` falls
// back to app/index.html, so asset URLs are absolute under /app/.
export default defineConfig({
  base: "/app/",
  build: {
    outDir: "../wwwroot/app",
    emptyOutDir: true,
    target: "es2022",
    // The Cypher editor (Neo4j's parser, about 1.1 MB) is its own chunk, loaded when the Cypher tab first opens.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` talks to a running `dotnet run --project src/GraphExplorer.Web` (launchSettings: port 5080).
    proxy: {
      "/api": "http://localhost:5080",
      "/hubs": { target: "http://localhost:5080", ws: true },
    },
  },
});
