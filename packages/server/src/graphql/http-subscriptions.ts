import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

/**
 * Subscriptions live on the WebSocket (graphql-ws on /graphql). Over plain HTTP there is no event
 * to resolve, so the operation is refused up front with a code instead of failing inside it.
 */
export function refuseHttpSubscriptionsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, response }) {
          if (operation?.operation !== "subscription") return;
          response.http.status = 400;
          throw new GraphQLError("Las suscripciones se reciben por WebSocket en /graphql (protocolo graphql-ws).", {
            extensions: { code: "BAD_REQUEST" },
          });
        },
      };
    },
  };
}
