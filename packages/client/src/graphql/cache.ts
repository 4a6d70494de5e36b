import { InMemoryCache } from "@apollo/client/core";
import { relayStylePagination } from "@apollo/client/utilities";

/** The app's only store of server data; tests build theirs here too so they page the same way. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per filter and `offset` (a window page); `after` appends to it.
          orders: relayStylePagination(["filter", "offset"]),
        },
      },
      // Lists and objects without an id are the order's own: a newer answer replaces them whole.
      Order: {
        fields: {
          nextActions: { merge: false },
          lineIssues: { merge: false },
          history: { merge: false },
          evidence: { merge: false },
        },
      },
      Address: { merge: true },
      EvidenceSubmission: { merge: true },
    },
  });
}
