// Builds the add-in's web pages into dist/: the task pane (also the ribbon's function file: one shared
// runtime, manifest.xml), the ribbon command's dialog page, the manifest and the icons.
// `npx webpack --mode production`; no dev server needed.
// `--env publicUrl=https://…` builds for that address: dist/manifest.xml then names it and no other.
const path = require('node:path');
const { manifestForUrl, publicUrlFrom } = require('./scripts/deploy/public-url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CompressionPlugin = require('compression-webpack-plugin');
const zlib = require('node:zlib');

// Microsoft requires add-ins to load Office.js from its CDN, so that host is the one
// outside origin a page may load from. Nothing may connect anywhere but its own origin:
// personal data never leaves the workbook. Fluent UI injects its styles at run time,
// hence 'unsafe-inline' for styles only.
const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_HOST}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** legacy-check.js with every non-ASCII character as a \u escape: it then reads the same in any page encoding. */
function asciiOnly(content) {
  return content.toString('utf8').replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const COMPRESSIBLE = /\.(js|html|xml|txt)$/;

/** Shown from the HTML alone until the pane's script paints (issue 13 §6: a slow link was blank for 19 s). */
const LOADING_MESSAGE =
  '<p class="sskdt-loading" role="status"><strong>Tổng hợp SSKĐT</strong><br>Đang tải, xin chờ… <span lang="en">(Loading…)</span></p>';
const LOADING_STYLE =
  '<style>body{margin:0}.sskdt-loading{margin:0;padding:16px 12px;font:14px/1.5 "Segoe UI",system-ui,sans-serif;color:#242424}</style>';

/** The shell every page shares; webpack adds the page's own script (deferred) after Office.js. */
function page(title, body) {
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <script src="${OFFICE_JS}"></script>
  </head>
  <body>${body}</body>
</html>
`;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  // Checked before anything builds: an http:// or mistyped address stops here with the reason.
  const publicUrl = publicUrlFrom(env.publicUrl);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      // The pane, and the ribbon's function file: it registers the command, whose code (ribbon-command.js) loads when pressed.
      taskpane: './src/taskpane/index.tsx',
      // commands.html: the command's dialog (Dialog API), and the function file of a manifest installed before the shared runtime.
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Lazy chunks (the .xlsx report writer) are named, so a test or a cache can tell them apart.
      chunkFilename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true,
              // ES modules let webpack drop the parts of Fluent UI the pages never use.
              compilerOptions: { module: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // legacy-check.js runs as the body is parsed, before the deferred bundle: on IE11 it shows its message instead.
        // The loading line is in the HTML itself, so a slow link shows it before any script arrives;
        // React replaces it with the pane's first paint.
        templateContent: page('Tổng hợp SSKĐT', `${LOADING_STYLE}<div id="root">${LOADING_MESSAGE}</div><script src="legacy-check.js"></script>`),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: ['commands'],
        templateContent: page('Tổng hợp SSKĐT: lệnh', ''),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestForUrl(content.toString('utf8'), publicUrl) },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          // Already ES5 and tiny; marked minimized so Terser leaves its \u escapes (and its syntax) alone.
          { from: 'src/taskpane/legacy-check.js', to: 'legacy-check.js', transform: asciiOnly, info: { minimized: true } },
        ],
      }),
      // Precompressed twins (.br, .gz) of every text asset, for a server that sends them as they are
      // (npm start's does): at 400 kbit/s the pane's first script is then about 2.5 s, not 17.
      ...(production
        ? [
            new CompressionPlugin({ test: COMPRESSIBLE, filename: '[path][base].gz', algorithm: 'gzip', compressionOptions: { level: 9 }, minRatio: 0.9 }),
            new CompressionPlugin({
              test: COMPRESSIBLE,
              filename: '[path][base].br',
              algorithm: 'brotliCompress',
              compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
              minRatio: 0.9,
            }),
          ]
        : []),
    ],
    optimization: {
      // The pane's first paint (taskpane.js: React, the header's Fluent parts, the strings) and, loaded
      // right after it, workspace.js (the cards, the engine, zod, date-fns), office-gateway.js or
      // demo-gateway.js, report-writer.js only when the report file is asked for and ribbon-command.js
      // only when the ribbon's Tổng hợp is pressed. Named chunks,
      // no vendor split: each is one request on a slow link.
      splitChunks: { chunks: 'async', cacheGroups: { defaultVendors: false, default: false } },
      // One runtime per page, inside its entry: a separate runtime chunk would be one more request.
      runtimeChunk: false,
    },
    performance: {
      // The first paint must stay small: taskpane.js is about 430 KiB minified, 129 KiB gzipped; the workspace
      // (all the cards, the engine, zod) about 630 KiB, 196 KiB gzipped; the ribbon's command about 430 KiB, 140 KiB
      // (npm run bench prints every chunk's sizes); warn if it or any chunk balloons.
      maxEntrypointSize: 480 * 1024,
      maxAssetSize: 720 * 1024,
      assetFilter: (file) => file.endsWith('.js'),
    },
  };
};
