// Starts GraphiQL on the playground page. A plain browser script (served as is, no build step),
// loaded after the React, ReactDOM, GraphiQL and graphql-ws browser builds, which define the
// globals React, ReactDOM, GraphiQL and graphqlWs.
//
// - Queries and mutations: HTTP POST to /graphql with the headers of GraphiQL's headers editor.
// - Subscriptions: graphql-ws on ws(s)://<this host>/graphql; connectionParams are those same
//   headers (the server reads `authorization`), so one "Authorization: Bearer <token or pck_ key>"
//   serves both transports.
// - The headers editor starts as {"Authorization": "Bearer "} (open, below the query); once the
//   Authorization value changes (and stays unchanged for a moment) the schema is fetched again,
//   so introspection runs with the credentials.
// - Initial editor contents can come from the URL: ?query=...&variables=...&operationName=...
//   (a browser's GET /graphql?query=... is redirected here with its query string).
// - GraphiQL's storage (tabs, history, which include the headers) is the tab's sessionStorage:
//   a token or API key typed here is not kept after the tab is closed.
(function () {
  "use strict";

  var ENDPOINT = "/graphql";
  var DEFAULT_HEADERS = '{\n  "Authorization": "Bearer "\n}';
  var DEFAULT_QUERY = [
    "# Explorador de la API de pedidos.",
    "# 1. Inicia sesión (mutación login) o usa una clave de API (pck_...).",
    '# 2. Escribe el token después de "Bearer " en Headers (abajo).',
    "# 3. Ejecuta con Ctrl+Enter; las suscripciones también funcionan.",
    "{",
    "  orders(first: 5) {",
    "    totalCount",
    "    edges { node { marketplaceOrderId status } }",
    "  }",
    "}",
    "",
  ].join("\n");
  var REFETCH_DELAY_MS = 400;

  /** Header values as strings; an Authorization with no credentials ("Bearer ") is left out. */
  function cleanHeaders(headers) {
    var out = {};
    if (!headers || typeof headers !== "object") return out;
    Object.keys(headers).forEach(function (name) {
      var value = headers[name];
      if (value === null || value === undefined) return;
      value = String(value).trim();
      if (name.toLowerCase() === "authorization" && /^(bearer)?$/i.test(value)) return;
      out[name] = value;
    });
    return out;
  }

  function authorizationOf(headers) {
    var found = "";
    Object.keys(headers).forEach(function (name) {
      if (name.toLowerCase() === "authorization") found = headers[name];
    });
    return found;
  }

  /** The Authorization value in the headers editor's text; null while the text is not valid JSON. */
  function authorizationInText(text) {
    try {
      var parsed = text && text.trim() ? JSON.parse(text) : {};
      return authorizationOf(cleanHeaders(parsed));
    } catch (err) {
      return null;
    }
  }

  /**
   * The type of the operation to run ("query", "mutation" or "subscription"), read from the text
   * GraphiQL sends (its parsed document can lag behind the editor by a moment).
   */
  function operationTypeOf(query, operationName) {
    // Strings and comments out, then the words and brackets outside any selection set.
    var source = String(query).replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n\r]*/g, " ");
    var tokens = source.match(/[_A-Za-z][_0-9A-Za-z]*|[{}()]/g) || [];
    var operations = [];
    var braces = 0;
    var parens = 0;
    var current = null;
    tokens.forEach(function (token) {
      if (token === "(") parens += 1;
      else if (token === ")") parens -= 1;
      else if (token === "}") braces -= 1;
      else if (token === "{") {
        if (braces === 0 && parens === 0) {
          operations.push(current || { type: "query", name: null });
          current = null;
        }
        braces += 1;
      } else if (braces === 0 && parens === 0) {
        if (!current) current = { type: token, name: null };
        else if (current.name === null) current.name = token;
      }
    });
    operations = operations.filter(function (op) {
      return op.type !== "fragment";
    });
    var chosen = operationName
      ? operations.find(function (op) {
          return op.name === operationName;
        })
      : operations.length === 1
        ? operations[0]
        : undefined;
    return chosen ? chosen.type : undefined;
  }

  async function httpFetch(params, headers) {
    var res = await fetch(ENDPOINT, {
      method: "POST",
      credentials: "omit",
      headers: Object.assign({ "content-type": "application/json", accept: "application/json" }, headers),
      body: JSON.stringify({ query: params.query, variables: params.variables, operationName: params.operationName }),
    });
    var text = await res.text();
    try {
      return JSON.parse(text);
    } catch (err) {
      return { errors: [{ message: "Respuesta no válida del servidor (HTTP " + res.status + ")." }] };
    }
  }

  function wsUrl() {
    var url = new URL(ENDPOINT, window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    return url.href;
  }

  // One graphql-ws client for the current credentials; a change of headers replaces it.
  var ws = null;
  function wsClientFor(headers) {
    var key = JSON.stringify(headers);
    if (ws && ws.key === key) return ws.client;
    if (ws) ws.client.dispose();
    var connectionParams = {};
    Object.keys(headers).forEach(function (name) {
      connectionParams[name.toLowerCase()] = headers[name];
    });
    var client = graphqlWs.createClient({
      url: wsUrl(),
      connectionParams: connectionParams,
      retryAttempts: 3,
      // A refusal (4400-4499, e.g. 4403 when the credentials are not accepted) is final.
      shouldRetry: function (event) {
        return !(event && typeof event.code === "number" && event.code >= 4400 && event.code < 4500);
      },
    });
    ws = { key: key, client: client };
    return client;
  }

  /** A failed subscription as a GraphQL result, so GraphiQL shows it like any other error. */
  function subscriptionFailure(err) {
    if (Array.isArray(err)) return { errors: err };
    if (err && typeof err.code === "number") {
      var why = err.code === 4403 ? " Revisa el encabezado Authorization (token o clave de API)." : "";
      var message = "La conexión de suscripciones se cerró (" + err.code + (err.reason ? " " + err.reason : "") + ")." + why;
      return { errors: [{ message: message }] };
    }
    var text = err instanceof Error && err.message ? err.message : "No se pudo conectar al servidor.";
    return { errors: [{ message: "Error en la suscripción: " + text }] };
  }

  async function* subscribe(params, headers) {
    var events = wsClientFor(headers).iterate({
      query: params.query,
      variables: params.variables,
      operationName: params.operationName,
    });
    try {
      for await (var result of events) yield result;
    } catch (err) {
      yield subscriptionFailure(err);
    }
  }

  function createFetcher() {
    return function fetcher(params, opts) {
      var headers = cleanHeaders(opts && opts.headers);
      if (operationTypeOf(params.query, params.operationName) === "subscription") {
        return subscribe(params, headers);
      }
      return httpFetch(params, headers);
    };
  }

  var search = new URLSearchParams(window.location.search);
  var initialQuery = search.get("query") || undefined;
  var initialVariables = search.get("variables") || undefined;
  var initialOperationName = search.get("operationName") || undefined;

  function Playground() {
    var state = React.useState("");
    var authorization = state[0];
    var setAuthorization = state[1];
    var timer = React.useRef(null);
    // GraphiQL fetches the schema again whenever the fetcher changes: a new one per Authorization
    // value makes introspection follow the credentials (each request still reads the editor's headers).
    var fetcher = React.useMemo(createFetcher, [authorization]);
    var onEditHeaders = React.useCallback(function (text) {
      clearTimeout(timer.current);
      timer.current = setTimeout(function () {
        var value = authorizationInText(text);
        if (value !== null) setAuthorization(value);
      }, REFETCH_DELAY_MS);
    }, []);
    return React.createElement(GraphiQL, {
      fetcher: fetcher,
      storage: window.sessionStorage,
      defaultQuery: DEFAULT_QUERY,
      query: initialQuery,
      variables: initialVariables,
      operationName: initialOperationName,
      defaultHeaders: DEFAULT_HEADERS,
      defaultEditorToolsVisibility: "headers",
      onEditHeaders: onEditHeaders,
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(Playground));
})();
