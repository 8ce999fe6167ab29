/**
 * `npm run release -- --public-url https://…`: builds the add-in for the address it will be
 * hosted at and packs one zip for the commune (release/sskdt-rollup-<version>.zip):
 *   web/                       the built pages (dist/), to put on that https address
 *   manifest.xml               what Excel installs (names that address and no other)
 *   HUONG-DAN-CAI-DAT.txt      the installation guide, Vietnamese first, then English
 *   tin-cay-thu-muc-chung.reg  the registry file for Excel desktop's shared-folder catalog
 * Options: --share \\MAY\thu-muc puts that shared folder into the .reg file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { catalogRegFile, desktopSteps, regFileBytes, webSteps } from './deploy/install-steps';
import { DIALOG_PAGE } from '../src/commands/dialog';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicUrlFrom, PublicUrlError } = require('./deploy/public-url') as {
  publicUrlFrom: (raw: unknown) => string;
  PublicUrlError: new (message: string) => Error;
};

const ROOT = resolve(__dirname, '..');
export const GUIDE = 'HUONG-DAN-CAI-DAT.txt';
export const REG_FILE = 'tin-cay-thu-muc-chung.reg';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function installationGuide(publicUrl: string, version: string, share?: string): string {
  const lines = [
    `TỔNG HỢP SSKĐT — HƯỚNG DẪN CÀI ĐẶT (phiên bản ${version})`,
    `Bản này dựng cho địa chỉ: ${publicUrl}`,
    '',
    'Gói gồm:',
    `  web/          các trang của phần bổ trợ, đặt lên máy chủ web tại ${publicUrl}`,
    '  manifest.xml  tệp khai báo để cài vào Excel',
    `  ${REG_FILE}  tệp Registry cho cách cài trên Excel máy tính`,
    '',
    `Bước 1. Người quản trị máy chủ đưa toàn bộ thư mục web/ lên ${publicUrl} (bắt buộc https).`,
    `        Kiểm tra: mở ${publicUrl}/taskpane.html bằng trình duyệt, thấy dòng "Tổng hợp SSKĐT".`,
    '        Máy chủ nên gửi sẵn bản nén .br/.gz có trong web/ (đường truyền chậm tải nhanh hơn).',
    'Bước 2. Cài vào Excel theo một trong hai cách (không cần trung tâm quản trị Microsoft 365):',
    '',
    ...webSteps('manifest.xml'),
    '',
    ...desktopSteps('manifest.xml', { file: REG_FILE, ...(share ? { share } : {}) }),
    '',
    'Dữ liệu cá nhân: phần bổ trợ không gửi dữ liệu đi đâu; danh sách chỉ được đọc trong sổ làm việc đang mở.',
    'Personal data never leaves the workbook: the add-in makes no network calls with it.',
    '',
    `SSKĐT ROLLUP — INSTALLATION (version ${version}, built for ${publicUrl})`,
    `Step 1: host the web/ folder at ${publicUrl} (https only); ${publicUrl}/taskpane.html must open in a browser.`,
    'Step 2: install manifest.xml in Excel for the web (Upload My Add-in) or in Excel desktop through a',
    `shared-folder catalog (${REG_FILE}), as above. No Microsoft 365 admin centre is needed.`,
    '',
  ];
  // Notepad and every editor read UTF-8 with CRLF line ends.
  return lines.join('\r\n');
}

/**
 * What web/ must hold: every file the manifest names under `publicUrl` (the pane, which is also the ribbon's
 * function file, and the icons) and the page the ribbon command opens as its dialog, which no manifest names.
 */
export function servedFiles(manifest: string, publicUrl: string): string[] {
  const named = manifest.split(`${publicUrl}/`).slice(1).map((rest) => rest.slice(0, rest.search(/["<\s]/)));
  return [...new Set([...named, DIALOG_PAGE])].sort();
}

/** The zip's entries: path → bytes. `dist` must be a build for `publicUrl`. */
export function releaseEntries(dist: string, publicUrl: string, version: string, share?: string): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of filesUnder(dist)) entries[`web/${relative(dist, file).split('\\').join('/')}`] = readFileSync(file);
  const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  if (!manifest.includes(`${publicUrl}/taskpane.html`)) {
    throw new PublicUrlError(`dist/manifest.xml không dựng cho ${publicUrl}: hãy dựng lại. / dist/ was not built for ${publicUrl}.`);
  }
  const missing = servedFiles(manifest, publicUrl).filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) {
    throw new PublicUrlError(`dist/ thiếu ${missing.join(', ')}: hãy dựng lại. / dist/ lacks ${missing.join(', ')}: build it again.`);
  }
  entries['manifest.xml'] = Buffer.from(manifest, 'utf8');
  entries[GUIDE] = Buffer.from(installationGuide(publicUrl, version, share), 'utf8');
  entries[REG_FILE] = regFileBytes(catalogRegFile(share));
  return entries;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

function main(args: string[]): void {
  const raw = option(args, '--public-url') ?? process.env.PUBLIC_URL;
  if (!raw) {
    console.error(
      'Hãy cho biết địa chỉ https nơi đặt phần bổ trợ: npm run release -- --public-url https://ten-mien.vn/sskdt\n' +
        'Give the https address the add-in will be hosted at: npm run release -- --public-url https://host/path',
    );
    process.exit(2);
  }
  let publicUrl: string;
  try {
    publicUrl = publicUrlFrom(raw);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  console.log(`Đang dựng cho ${publicUrl}… / Building for ${publicUrl}…`);
  const webpack = require.resolve('webpack-cli/bin/cli.js');
  const build = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', `publicUrl=${publicUrl}`], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const zip = zipSync(releaseEntries(join(ROOT, 'dist'), publicUrl, version, option(args, '--share')), { level: 9 });
  mkdirSync(join(ROOT, 'release'), { recursive: true });
  const out = join(ROOT, 'release', `sskdt-rollup-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`Đã ghi ${relative(process.cwd(), out)} (${Math.round(zip.length / 1024)} KB). / Wrote it.`);
}

if (require.main === module) main(process.argv.slice(2));
