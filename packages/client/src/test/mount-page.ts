import { ApolloClient, type NormalizedCacheObject } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { mount } from "@vue/test-utils";
import type { Component } from "vue";
import { createMemoryHistory, type Router } from "vue-router";
import { createCache } from "../graphql/cache";
import { createAppI18n } from "../i18n/i18n";
import { createAppRouter } from "../router";

/** A real Apollo client (the app's cache) answered by mocks of the server's `{ data }`. */
export function mockApolloClient(mocks: ReadonlyArray<MockedResponse>): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({ link: new MockLink(mocks), cache: createCache() });
}

export interface MountPageOptions {
  path: string;
  mocks: ReadonlyArray<MockedResponse>;
}

/** Mounts a page with the app's router (and its guard), Spanish messages and a mock server. */
export async function mountPage(page: Component, { path, mocks }: MountPageOptions) {
  const router: Router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const client = mockApolloClient(mocks);
  const wrapper = mount(page, {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n("es-MX"), router],
      provide: { [DefaultApolloClient]: client },
    },
  });
  return { wrapper, router, client };
}

/** Waits until `condition` holds, for what settles over several ticks (Apollo, lazy routes). */
export async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("waitFor: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
