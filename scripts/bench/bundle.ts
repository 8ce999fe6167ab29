/**
 * The task pane's download, from dist/ as `npm run build` left it: each script's size raw, gzipped
 * and brotli'd (the build's precompressed twins), and what a 400 kbit/s link takes for the first paint
 * (taskpane.html + taskpane.js) and for the workspace that follows (issue 13 §6: goal ≤ 140 KB gzipped first).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIST = resolve(__dirname, '..', '..', 'dist');
const LINK_BITS_PER_S = 400_000;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (file: string) => (existsSync(file) ? statSync(file).size : NaN);
const seconds = (bytes: number) => `${((bytes * 8) / LINK_BITS_PER_S).toFixed(1)} s`;

export function benchBundle(): void {
  if (!existsSync(join(DIST, 'taskpane.js.gz'))) {
    console.log('\n0. Task pane download: dist/ has no production build (npm run build first); skipped');
    return;
  }
  console.log('\n0. Task pane download (dist/; sizes raw / gzip / brotli)');
  const scripts = readdirSync(DIST).filter((name) => name.endsWith('.js')).sort();
  for (const name of scripts) {
    const file = join(DIST, name);
    console.log(`   ${name.padEnd(20)} ${kb(size(file)).padStart(10)} ${kb(size(`${file}.gz`)).padStart(10)} ${kb(size(`${file}.br`)).padStart(10)}`);
  }
  const first = size(join(DIST, 'taskpane.html.gz')) + size(join(DIST, 'taskpane.js.gz'));
  const firstBr = size(join(DIST, 'taskpane.html.br')) + size(join(DIST, 'taskpane.js.br'));
  const rest = size(join(DIST, 'workspace.js.gz')) + size(join(DIST, 'office-gateway.js.gz'));
  console.log(`   first paint: taskpane.js ${kb(size(join(DIST, 'taskpane.js.gz')))} gzipped  [goal ≤ 140 KB]`);
  console.log(`   at 400 kbit/s: first paint ${seconds(first)} gzip, ${seconds(firstBr)} brotli; the workspace and Office adapter ${seconds(rest)} more (gzip)`);
}
