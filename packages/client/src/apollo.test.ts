import { createApolloClient } from "./apollo";
import { useSession } from "./auth/use-session";
import { MeDocument, type MeQuery } from "./graphql/generated";

interface SentRequest {
  url: string;
  headers: Record<string, string>;
  body: { operationName: string };
}

/** A fetch that records what it was sent and answers with `body` as JSON. */
function fakeFetch(body: object, status = 200) {
  const sent: SentRequest[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    sent.push({
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: JSON.parse(String(init?.body)) as SentRequest["body"],
    });
    const text = JSON.stringify(body);
    const response: Pick<Response, "ok" | "status" | "headers" | "text"> = {
      ok: status < 400,
      status,
      headers: new Headers({ "content-type": "application/json" }),
      text: async () => text,
    };
    return response as Response;
  };
  return { fetch, sent };
}

const me: MeQuery = { me: { __typename: "User", id: "u1", email: "ana@tienda.mx", role: "STAFF" } };

describe("createApolloClient", () => {
  const session = useSession();
  beforeEach(() => session.signIn({ token: "token-de-ana", user: me.me }));
  afterEach(() => session.clear());

  it("posts to /graphql with the bearer token and the CSRF-prevention header", async () => {
    const { fetch, sent } = fakeFetch({ data: me });
    const client = createApolloClient({ fetch, onSessionExpired: jest.fn() });

    const { data } = await client.query({ query: MeDocument });

    expect(data.me.email).toBe("ana@tienda.mx");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe("/graphql");
    expect(sent[0]?.body.operationName).toBe("Me");
    expect(sent[0]?.headers).toMatchObject({
      authorization: "Bearer token-de-ana",
      "apollo-require-preflight": "true",
    });
  });

  it("sends no authorization header when signed out", async () => {
    session.clear();
    const { fetch, sent } = fakeFetch({ data: me });
    const client = createApolloClient({ fetch, onSessionExpired: jest.fn() });

    await client.query({ query: MeDocument });

    expect(sent[0]?.headers).not.toHaveProperty("authorization");
    expect(sent[0]?.headers).toHaveProperty("apollo-require-preflight", "true");
  });

  it("clears the session and reports it once the server answers UNAUTHENTICATED", async () => {
    const { fetch } = fakeFetch({
      data: null,
      errors: [{ message: "Token expirado", extensions: { code: "UNAUTHENTICATED" } }],
    });
    const onSessionExpired = jest.fn();
    const client = createApolloClient({ fetch, onSessionExpired });

    await expect(client.query({ query: MeDocument })).rejects.toThrow("Token expirado");

    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(session.isSignedIn.value).toBe(false);
    expect(localStorage.getItem("pedidos.session")).toBeNull();
  });

  it("keeps the session on other errors", async () => {
    const { fetch } = fakeFetch({ data: null, errors: [{ message: "Falla", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    const onSessionExpired = jest.fn();
    const client = createApolloClient({ fetch, onSessionExpired });

    await expect(client.query({ query: MeDocument })).rejects.toThrow("Falla");

    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(session.isSignedIn.value).toBe(true);
  });
});
