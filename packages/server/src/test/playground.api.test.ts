import { startTestServer, type TestServer } from "./harness";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

/** Every src/href in the page (scripts, styles, icon). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

async function page() {
  const res = await fetch(`${t.url}/playground`, { headers: { accept: "text/html" } });
  return { res, html: await res.text() };
}

describe("GraphQL playground", () => {
  it("serves the page with its own Content-Security-Policy and no inline script", async () => {
    const { res, html } = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toMatch(/connect-src 'self'/);
    // Every script is a served file: no inline code, which script-src 'self' would block.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/playground\/assets\//);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/\sstyle="/);
    // The hint in Spanish about the Authorization header.
    expect(html).toContain("Authorization");
    expect(html).toContain("clave de API");
  });

  it("references no external URL, and every file it references answers 200 from this server", async () => {
    const { html } = await page();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(src|href)="\/\//);
    const urls = references(html).filter((u) => !u.startsWith("data:"));
    expect(urls.filter((u) => u.endsWith(".js"))).toHaveLength(5);
    expect(urls.filter((u) => u.endsWith(".css"))).toHaveLength(2);
    for (const url of urls) {
      expect(url).toMatch(/^\/playground\/assets\/[\w.-]+\.[0-9a-f]{12}\.(js|css)$/);
      const res = await fetch(`${t.url}${url}`);
      const body = await res.text();
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(body.length).toBeGreaterThan(100);
      expect(res.headers.get("content-type")).toMatch(url.endsWith(".js") ? /javascript/ : /^text\/css/);
      expect(res.headers.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
      if (url.endsWith(".css")) {
        // Fonts and icons come inlined (data: URLs): a stylesheet fetches nothing from elsewhere.
        expect(body).not.toMatch(/@import/);
        expect(body).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      }
    }
    const names = urls.map((u) => u.split("/").pop()!.replace(/\.[0-9a-f]{12}\./, "."));
    expect(names).toEqual(
      expect.arrayContaining(["react.production.min.js", "react-dom.production.min.js", "graphql-ws.min.js", "graphiql.min.js", "graphiql.min.css", "playground.js"]),
    );
  });

  it("answers 404 for an unknown asset", async () => {
    const res = await fetch(`${t.url}/playground/assets/graphiql.min.000000000000.js`);
    expect(res.status).toBe(404);
    await res.arrayBuffer();
  });

  it("sends a browser opening /graphql to the playground, keeping its query string", async () => {
    const browser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
    const plain = await fetch(`${t.url}/graphql`, { headers: browser, redirect: "manual" });
    expect(plain.status).toBe(302);
    expect(plain.headers.get("location")).toBe("/playground");
    const query = "?query=%7B%20me%20%7B%20email%20%7D%20%7D";
    const withQuery = await fetch(`${t.url}/graphql${query}`, { headers: browser, redirect: "manual" });
    expect(withQuery.status).toBe(302);
    expect(withQuery.headers.get("location")).toBe(`/playground${query}`);
  });

  it("leaves API clients on /graphql alone", async () => {
    for (const accept of ["application/json", "*/*", "application/graphql-response+json"]) {
      const res = await fetch(`${t.url}/graphql?query=%7B__typename%7D`, {
        headers: { accept, "apollo-require-preflight": "true" },
        redirect: "manual",
      });
      expect({ accept, status: res.status }).toEqual({ accept, status: 200 });
      expect(await res.json()).toEqual({ data: { __typename: "Query" } });
    }
    const token = await t.login();
    expect(token).toEqual(expect.any(String));
  });
});
