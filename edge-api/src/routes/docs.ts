/**
 * The Swagger UI page for /api/openapi.json. Its script and stylesheet come from the swagger-ui-dist
 * package through our own origin, at DOCS_ASSETS_PATH: the Node server serves them from
 * node_modules (node/web-host.ts); the Worker build copies them into ./dist, where the assets
 * binding serves them (see wrangler.toml). No CDN, and no inline script, so the page works under
 * the app's Content-Security-Policy.
 */
import { Hono } from 'hono';

export const DOCS_ASSETS_PATH = '/api/docs/assets';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>RIVION API</title>
    <link rel="stylesheet" href="${DOCS_ASSETS_PATH}/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${DOCS_ASSETS_PATH}/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;

const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });\n`;

export const docsRoutes = new Hono()
  .get('/', (c) => c.html(PAGE))
  .get('/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(INIT_SCRIPT);
  });
