import { startTestServer, type TestServer } from "../test/harness";

/** /graphql is served from node's request event (not express): the same answers as the rest of the app. */
describe("the /graphql endpoint over HTTP", () => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer();
    token = await t.login();
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers }, body });

  it("answers with the app's security headers and JSON", async () => {
    const res = await post(JSON.stringify({ query: "{ me { email } }" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(await res.json()).toEqual({ data: { me: { email: "admin@pruebas.mx" } } });
  });

  it("refuses a body that is not JSON, or too large, with a coded JSON error in Spanish", async () => {
    const broken = await post("{ query: ");
    expect(broken.status).toBe(400);
    expect(broken.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await broken.json()).toEqual({ errors: [{ message: "El cuerpo de la petición no es JSON válido.", extensions: { code: "BAD_REQUEST" } }] });

    const huge = await post(JSON.stringify({ query: "{ me { email } }", variables: { padding: "x".repeat(1_100_000) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ errors: [{ message: "La petición es demasiado grande.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("refuses a foreign page before reading its body or its token", async () => {
    const res = await post(JSON.stringify({ query: "{ me { email } }" }), { origin: "https://ajeno.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("still serves GET queries (with Apollo's CSRF header) through express", async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ me { email } }")}`, {
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true", accept: "application/json" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: { email: "admin@pruebas.mx" } } });
  });
});
