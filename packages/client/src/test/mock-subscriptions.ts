import { ApolloClient, ApolloLink, type NormalizedCacheObject } from "@apollo/client/core";
import { MockLink, type MockedResponse, MockSubscriptionLink } from "@apollo/client/testing/core";
import { getMainDefinition } from "@apollo/client/utilities";
import { createCache } from "../graphql/cache";

/**
 * Like `mockApolloClient`, but subscriptions go to a link the test pushes events through
 * (`subscriptions.simulateResult({ result: { data } })`), as the server would over WebSocket.
 */
export function mockApolloClientWithSubscriptions(mocks: ReadonlyArray<MockedResponse>): {
  client: ApolloClient<NormalizedCacheObject>;
  subscriptions: MockSubscriptionLink;
} {
  const subscriptions = new MockSubscriptionLink();
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    },
    subscriptions,
    new MockLink(mocks),
  );
  return { client: new ApolloClient({ link, cache: createCache() }), subscriptions };
}
