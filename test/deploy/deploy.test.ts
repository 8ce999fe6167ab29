/**
 * Deployment: the local HTTPS server of `npm start` (certificate, precompressed files, nothing
 * outside dist/) and the release zip a commune installs from.
 */
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { localCertificate } from '../../scripts/serve/certificate';
import { startServer, type RunningServer } from '../../scripts/serve/start';
import { catalogRegFile, CATALOG_ID } from '../../scripts/deploy/install-steps';
import { GUIDE, REG_FILE, releaseEntries, servedFiles } from '../../scripts/release';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForUrl } = require('../../scripts/deploy/public-url') as { manifestForUrl(text: string, url: string): string };

const REPO = resolve(__dirname, '..', '..');
const SCRIPT = 'console.log("Tổng hợp SSKĐT");\n'.repeat(50);

let work: string;
let dist: string;
let running: RunningServer | undefined;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sskdt-deploy-'));
  dist = join(work, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'taskpane.html'), '<!doctype html><title>Tổng hợp SSKĐT</title>');
  writeFileSync(join(dist, 'taskpane.js'), SCRIPT);
  writeFileSync(join(dist, 'taskpane.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'taskpane.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(work, 'secret.txt'), 'không được phục vụ');
  running = await startServer(dist, join(work, 'certs'), 0);
}, 60_000);

afterAll(async () => {
  await running?.close();
  rmSync(work, { recursive: true, force: true });
});

function get(path: string, encoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, failed) => {
    const req = request(
      // The test trusts the server's own certificate, as a user does once: the name must match localhost.
      { host: 'localhost', port: running?.port, path, ca: running?.certificate.cert, headers: encoding ? { 'Accept-Encoding': encoding } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', failed);
    req.end();
  });
}

describe('npm start: the add-in over HTTPS on localhost', () => {
  test('serves the pages with a certificate valid for localhost that is not a certificate authority', async () => {
    const page = await get('/taskpane.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString('utf8')).toContain('Tổng hợp SSKĐT');
    const x509 = new X509Certificate(running?.certificate.cert ?? '');
    expect(x509.ca).toBe(false);
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
  });

  test.each([
    ['br, gzip', 'br', (body: Buffer) => body.equals(brotliCompressSync(SCRIPT))],
    ['gzip, deflate', 'gzip', (body: Buffer) => body.equals(gzipSync(SCRIPT))],
    ['br;q=0, gzip', 'gzip', (body: Buffer) => body.equals(gzipSync(SCRIPT))],
    [undefined, undefined, (body: Buffer) => body.toString('utf8') === SCRIPT],
  ])('answers Accept-Encoding %s with the %s file', async (accept, encoding, matches) => {
    const script = await get('/taskpane.js', accept);
    expect(script.status).toBe(200);
    expect(script.headers['content-encoding']).toBe(encoding);
    expect(script.headers.vary).toBe('Accept-Encoding');
    expect(matches(script.body)).toBe(true);
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/khong-co.js', '/assets'])('answers %s with 404', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  test('keeps its certificate between runs and makes a new one when it has under 30 days left', async () => {
    const dir = join(work, 'renew');
    const first = await localCertificate(dir, new Date('2026-12-02T08:00:00Z'));
    const again = await localCertificate(dir, new Date('2027-06-01T08:00:00Z'));
    const late = await localCertificate(dir, new Date('2027-11-20T08:00:00Z'));
    expect([first.made, again.made, late.made]).toEqual([true, false, true]);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(late.fingerprint).not.toBe(first.fingerprint);
    expect(late.validTo.getTime()).toBeGreaterThan(new Date('2028-11-01T00:00:00Z').getTime());
  });
});

describe('npm run release: the zip a commune installs from', () => {
  const PUBLIC = 'https://ubnd-xa.example.vn/sskdt';

  /** The files the manifest and the ribbon's dialog need, as a build leaves them (their content does not matter here). */
  const PAGES = ['taskpane.html', 'commands.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png'];

  function builtDist(url: string, leaveOut?: string): string {
    const dir = join(work, `dist-${url.length}-${leaveOut ?? 'all'}`.replace(/[^\w-]/g, '_'));
    mkdirSync(join(dir, 'assets'), { recursive: true });
    for (const file of PAGES.filter((f) => f !== leaveOut)) writeFileSync(join(dir, file), Buffer.from([1, 2, 3]));
    writeFileSync(join(dir, 'manifest.xml'), manifestForUrl(readFileSync(join(REPO, 'manifest.xml'), 'utf8'), url));
    return dir;
  }

  test('holds the pages, the manifest for the address, the guide and the registry file', () => {
    const entries = releaseEntries(builtDist(PUBLIC), PUBLIC, '1.2.3', '\\\\MAY-UBND\\sskdt');
    expect(Object.keys(entries).sort()).toEqual([GUIDE, 'manifest.xml', REG_FILE, 'web/manifest.xml', ...PAGES.map((f) => `web/${f}`)].sort());
    const manifest = Buffer.from(entries['manifest.xml']).toString('utf8');
    expect(manifest).toContain(`${PUBLIC}/taskpane.html`);
    expect(manifest).not.toContain('localhost');
  });

  test('the guide names the address and both ways to install, Vietnamese first', () => {
    const guide = Buffer.from(releaseEntries(builtDist(PUBLIC), PUBLIC, '1.2.3')[GUIDE]).toString('utf8');
    expect(guide.startsWith('TỔNG HỢP SSKĐT — HƯỚNG DẪN CÀI ĐẶT (phiên bản 1.2.3)')).toBe(true);
    expect(guide).toContain(`${PUBLIC}/taskpane.html`);
    expect(guide).toContain('Tải lên phần bổ trợ của tôi');
    expect(guide).toContain('THƯ MỤC DÙNG CHUNG');
    expect(guide).toContain(REG_FILE);
    expect(guide.indexOf('Excel trên web')).toBeLessThan(guide.indexOf('INSTALLATION'));
    expect(guide).toBe(guide.normalize('NFC'));
  });

  test('the registry file trusts the shared folder given, as UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.from(releaseEntries(builtDist(PUBLIC), PUBLIC, '1.2.3', '\\\\MAY-UBND\\sskdt')[REG_FILE]);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = bytes.subarray(2).toString('utf16le');
    expect(text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'Windows Registry Editor Version 5.00',
        `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${CATALOG_ID}]`,
        `"Id"="${CATALOG_ID}"`,
        '"Url"="\\\\\\\\MAY-UBND\\\\sskdt"',
        '"Flags"=dword:00000001',
      ]),
    );
    expect(catalogRegFile()).toContain('"Url"="\\\\\\\\MAY-VAN-PHONG\\\\sskdt"');
  });

  test('the guide names the shared folder the .reg file holds, or tells the officer to put theirs in', () => {
    const given = Buffer.from(releaseEntries(builtDist(PUBLIC), PUBLIC, '1.2.3', '\\\\MAY-UBND\\sskdt')[GUIDE]).toString('utf8');
    expect(given).toContain(`Bấm đúp ${REG_FILE} (đã ghi sẵn \\\\MAY-UBND\\sskdt)`);
    expect(given).not.toContain('MAY-VAN-PHONG');
    const example = Buffer.from(releaseEntries(builtDist(PUBLIC), PUBLIC, '1.2.3')[GUIDE]).toString('utf8');
    expect(example).toContain(`Mở ${REG_FILE} bằng Notepad, thay \\\\MAY-VAN-PHONG\\sskdt bằng đường dẫn đó`);
  });

  test('refuses a dist/ built for another address', () => {
    expect(() => releaseEntries(builtDist('https://khac.example.vn'), PUBLIC, '1.2.3')).toThrow('không dựng cho');
  });

  test('web/ must hold every file the manifest names (one page: the pane and the ribbon’s function file) and the ribbon’s dialog', () => {
    const manifest = manifestForUrl(readFileSync(join(REPO, 'manifest.xml'), 'utf8'), PUBLIC);
    expect(servedFiles(manifest, PUBLIC)).toEqual([...PAGES].sort());
    expect(() => releaseEntries(builtDist(PUBLIC, 'commands.html'), PUBLIC, '1.2.3')).toThrow('dist/ thiếu commands.html');
    expect(() => releaseEntries(builtDist(PUBLIC, 'assets/icon-80.png'), PUBLIC, '1.2.3')).toThrow('dist/ thiếu assets/icon-80.png');
  });
});
