import { defineConfig } from "vite";

// The bundle lands in the web project's wwwroot/app (gitignored), which the host serves as static files; `/` falls
// back to app/index.html, so asset URLs are absolute under /app/.
export default defineConfig({
  base: "/app/",
  build: {
    outDir: "../wwwroot/app",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev` talks to a running `dotnet run --project src/GraphExplorer.Web` (launchSettings: port 5080).
    proxy: {
      "/api": "http://localhost:5080",
      "/hubs": { target: "http://localhost:5080", ws: true },
    },
  },
});
