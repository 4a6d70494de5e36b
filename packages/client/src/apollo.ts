import { ApolloClient, ApolloLink, HttpLink, type NormalizedCacheObject, split } from "@apollo/client/core";
import { onError } from "@apollo/client/link/error";
import { getMainDefinition } from "@apollo/client/utilities";
import { useSession } from "./auth/use-session";
import { createCache } from "./graphql/cache";
import { LazyLink } from "./graphql/lazy-link";

export const GRAPHQL_PATH = "/graphql";

export interface ApolloClientOptions {
  /** Called once the session has been cleared because the server no longer accepts it. */
  onSessionExpired: () => void;
  /** For tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

function webSocketUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`;
}

export function createApolloClient(options: ApolloClientOptions): ApolloClient<NormalizedCacheObject> {
  const session = useSession();

  const expireSession = () => {
    // Only a session we sent can expire; a failed sign-in is the login form's business.
    if (!session.token.value) return;
    session.clear();
    options.onSessionExpired();
  };

  const expiryLink = onError(({ graphQLErrors, networkError }) => {
    const unauthenticated =
      graphQLErrors?.some((error) => error.extensions?.code === "UNAUTHENTICATED") ||
      (!!networkError && "statusCode" in networkError && networkError.statusCode === 401);
    if (unauthenticated) expireSession();
  });

  const headersLink = new ApolloLink((operation, forward) => {
    const token = session.token.value;
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        // Apollo Server's CSRF prevention lets a request through when it carries this header.
        "apollo-require-preflight": "true",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }));
    return forward(operation);
  });

  const httpLink = new HttpLink({ uri: GRAPHQL_PATH, fetch: options.fetch });

  // Subscriptions go over graphql-ws on the same path, loaded when the first one starts.
  const wsLink = new LazyLink(async () => {
    const { createWsLink } = await import("./graphql/ws-link");
    return createWsLink({ url: webSocketUrl(), token: () => session.token.value, onRefused: expireSession });
  });

  const transportLink = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    },
    wsLink,
    ApolloLink.from([headersLink, httpLink]),
  );

  return new ApolloClient({
    link: ApolloLink.from([expiryLink, transportLink]),
    cache: createCache(),
  });
}
