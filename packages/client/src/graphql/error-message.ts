import type { ApolloError } from "@apollo/client/core";

export interface ErrorTexts {
  network: string;
  unexpected: string;
}

/** The server's own messages when it sent any (they are already in Spanish), else ours. */
export function errorMessage(error: ApolloError, texts: ErrorTexts): string {
  const messages = error.graphQLErrors.map((graphQLError) => graphQLError.message).filter(Boolean);
  if (messages.length > 0) return messages.join("\n");
  return error.networkError ? texts.network : texts.unexpected;
}
