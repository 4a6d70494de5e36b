import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient } from "graphql-ws";

// graphql-ws close codes for a connection the server refused (bad or missing token).
const REFUSED_CLOSE_CODES = new Set([4401, 4403]);

export interface WsLinkOptions {
  url: string;
  /** Read for every (re)connection, so a new sign-in reconnects with the new token. */
  token: () => string | null;
  onRefused: () => void;
}

export function createWsLink({ url, token, onRefused }: WsLinkOptions): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url,
      connectionParams: () => {
        const current = token();
        return current ? { authorization: `Bearer ${current}` } : {};
      },
      on: {
        closed: (event) => {
          const code = typeof event === "object" && event !== null && "code" in event ? event.code : undefined;
          if (typeof code === "number" && REFUSED_CLOSE_CODES.has(code)) onRefused();
        },
      },
    }),
  );
}
