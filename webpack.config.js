// Builds the add-in's web pages into dist/: the task pane, the ribbon commands' function
// file, the manifest and the icons. `npx webpack --mode production`; no dev server needed.
const path = require('node:path');
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

/** The shell every page shares; webpack adds the page's own script after Office.js. */
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

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
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
        templateContent: page('Tổng hợp SSKĐT', '<div id="root"></div>'),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: ['commands'],
        templateContent: page('Tổng hợp SSKĐT: lệnh', ''),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
    performance: {
      // React plus the Fluent UI parts in use come to about 300 kB minified; warn if that balloons.
      maxEntrypointSize: 512 * 1024,
      maxAssetSize: 512 * 1024,
    },
  };
};
