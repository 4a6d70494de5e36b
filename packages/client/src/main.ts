import { DefaultApolloClient } from "@vue/apollo-composable";
import { createApp } from "vue";
import App from "./App.vue";
import { createApolloClient } from "./apollo";
import { createAppI18n } from "./i18n/i18n";
import { createAppRouter } from "./router";

const i18n = createAppI18n();
const router = createAppRouter();
const apolloClient = createApolloClient({
  onSessionExpired: () => {
    const here = router.currentRoute.value;
    const redirect = here.meta.public ? undefined : here.fullPath;
    // Leave the page first so no mounted query refetches into the emptied cache.
    void router
      .replace({ name: "sign-in", query: { reason: "expired", redirect } })
      .then(() => apolloClient.clearStore());
  },
});

document.documentElement.lang = i18n.global.locale.value;

createApp(App).provide(DefaultApolloClient, apolloClient).use(i18n).use(router).mount("#app");
