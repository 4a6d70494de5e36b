/** URLs of the playground's files, all served by this server (see playground.route.ts). */
export interface PlaygroundAssetUrls {
  styles: string[];
  scripts: string[];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The playground's HTML: no inline script or style, so the page's CSP can stay 'self'. */
export function renderPlaygroundPage(assets: PlaygroundAssetUrls): string {
  const styles = assets.styles.map((href) => `    <link rel="stylesheet" href="${escapeAttribute(href)}" />`).join("\n");
  const scripts = assets.scripts.map((src) => `    <script src="${escapeAttribute(src)}"></script>`).join("\n");
  return `<!doctype html>
<html lang="es-MX">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Explorador de la API GraphQL · Pedidos</title>
    <link rel="icon" href="data:," />
${styles}
  </head>
  <body>
    <p class="playground-hint" role="note" data-test="playground-hint">
      <strong>Autenticación:</strong> en la pestaña <em>Headers</em> escribe tu token (de la mutación
      <code>login</code>) o tu clave de API (<code>pck_…</code>) después de <code>Bearer</code>:
      <code>{"Authorization": "Bearer …"}</code>. El esquema se vuelve a cargar al cambiarlo y las
      suscripciones usan el mismo encabezado.
    </p>
    <div id="graphiql">Cargando el explorador…</div>
    <noscript>El explorador de la API necesita JavaScript.</noscript>
${scripts}
  </body>
</html>
`;
}
