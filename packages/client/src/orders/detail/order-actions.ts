import type { ApolloError } from "@apollo/client/core";
import type { OrderActionsFragment } from "../../graphql/generated";

export type OrderAction = OrderActionsFragment["nextActions"][number];

/** The action the server offers now under that mutation's name, if any. */
export function findAction(actions: readonly OrderAction[], name: string): OrderAction | null {
  return actions.find((action) => action.action === name) ?? null;
}

/** The requirement codes a REQUIREMENTS_MISSING error lists (`extensions.missing`). */
export function requirementsMissing(error: ApolloError | null | undefined): string[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((graphQLError) => {
    const { code, missing } = graphQLError.extensions ?? {};
    if (code !== "REQUIREMENTS_MISSING" || !Array.isArray(missing)) return [];
    return missing.filter((item): item is string => typeof item === "string");
  });
}
