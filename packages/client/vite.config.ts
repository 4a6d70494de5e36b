import VueI18nPlugin from "@intlify/unplugin-vue-i18n/vite";
import vue from "@vitejs/plugin-vue";
import { resolve } from "node:path";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, import.meta.dirname, "VITE_");
  const apiTarget = env.VITE_API_TARGET || "http://127.0.0.1:4000";
  const proxy = {
    // Host and Origin stay the browser's (localhost:5173): the server accepts same-origin calls only.
    "/graphql": { target: apiTarget, ws: true, changeOrigin: false },
    "/uploads": { target: apiTarget, changeOrigin: false },
    "/files": { target: apiTarget, changeOrigin: false },
  };

  return {
    root: import.meta.dirname,
    plugins: [
      vue(),
      // Compiles the message files at build time, so the production bundle needs only the
      // vue-i18n runtime (no message compiler), without the legacy API and components.
      VueI18nPlugin({
        include: [resolve(import.meta.dirname, "src/i18n/*.json")],
        dropMessageCompiler: true,
        fullInstall: false,
      }),
    ],
    define: {
      // Compile-time flags: drop what the app does not use from Vue.
      __VUE_OPTIONS_API__: "false",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
      // Apollo Client keeps its development checks and messages unless this is false.
      ...(command === "build" ? { "globalThis.__DEV__": "false" } : {}),
    },
    server: { proxy },
    preview: { proxy },
    build: { outDir: "dist", emptyOutDir: true },
  };
});
