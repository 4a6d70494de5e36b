import type { ApolloError } from "@apollo/client/core";

/** The reasons a BAD_USER_INPUT refusal lists (`extensions.problems`, in Spanish). */
export function inputProblems(error: ApolloError | null | undefined): string[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((graphQLError) => {
    const { code, problems } = graphQLError.extensions ?? {};
    if (code !== "BAD_USER_INPUT" || !Array.isArray(problems)) return [];
    return problems.filter((item): item is string => typeof item === "string");
  });
}
