// Builds the add-in's web pages into dist/: the task pane, the ribbon commands' function
// file, the manifest and the icons. `npx webpack --mode production`; no dev server needed.
// `--env publicUrl=https://…` builds for that address: dist/manifest.xml then names it and no other.
const path = require('node:path');
const { manifestForUrl, publicUrlFrom } = require('./scripts/deploy/public-url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

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
      taskpane: './src/taskpane/index.tsx',
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
        templateContent: page('Tổng hợp SSKĐT', '<div id="root"></div><script src="legacy-check.js"></script>'),
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
    ],
    optimization: {
      // One lazy chunk, report-writer.js, holds the ExcelJS writer and ExcelJS itself: no separate vendor chunk.
      splitChunks: { chunks: 'async', cacheGroups: { defaultVendors: false, default: false } },
    },
    performance: {
      // The pane (React 19, the Fluent UI parts in use, zod and the engine) comes to about 700 KiB minified,
      // under 250 KB gzipped (npm run bench checks the gzipped size); warn if that balloons.
      // The ExcelJS chunk (~0.9 MiB) loads only when the user asks for the report file: left out of the check.
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 800 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('report-writer'),
    },
  };
};
