/**
 * `npm start`: serves the built add-in (dist/, which `npm start` builds first) at
 * https://localhost:3000, the address manifest.xml names, with a certificate made on this
 * computer, and prints how to trust it and how to load the add-in into Excel.
 * Nothing is sent anywhere: the server answers this computer only (it listens on localhost).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { format } from 'date-fns';
import { desktopSteps, webSteps } from '../deploy/install-steps';
import { localCertificate, type LocalCertificate } from './certificate';
import { distHandler } from './dist-handler';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const PORT = 3000;

function trustSteps(certPath: string): string[] {
  return [
    'Tin cậy chứng chỉ của máy này (làm một lần; Excel và trình duyệt mới nạp được trang):',
    `  Windows:  certutil -user -addstore Root "${certPath}"`,
    `  macOS:    security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${certPath}"`,
    `  Linux (Chrome, Chromium): certutil -d sql:$HOME/.pki/nssdb -A -t "P,," -n sskdt-localhost -i "${certPath}"`,
    '  Trust this computer\'s certificate once (the command for your system above), then restart Excel or the browser.',
  ];
}

export interface RunningServer {
  server: Server;
  certificate: LocalCertificate;
  port: number;
  close(): Promise<void>;
}

/** Serves `dist` over HTTPS on localhost with the certificate kept in `certDir`; port 0 picks a free one. */
export async function startServer(dist: string, certDir: string, port: number): Promise<RunningServer> {
  const certificate = await localCertificate(certDir);
  const server = createServer({ key: certificate.key, cert: certificate.cert }, distHandler(dist));
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, 'localhost', () => listening());
  });
  return {
    server,
    certificate,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

function startFailure(error: NodeJS.ErrnoException): string {
  return error.code === 'EADDRINUSE'
    ? `Cổng ${PORT} đang bận (có thể "npm start" đang chạy ở cửa sổ khác): hãy đóng nó rồi chạy lại. / Port ${PORT} is in use.`
    : `Không mở được máy chủ: ${error.message} / Could not start the server.`;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    console.error('Chưa có bản dựng dist/: hãy chạy "npm start" (nó dựng trước) hoặc "npm run build". / dist/ is not built: run npm run build.');
    process.exit(1);
  }
  let running: RunningServer;
  try {
    running = await startServer(DIST, join(ROOT, '.certs'), PORT);
  } catch (error) {
    console.error(startFailure(error as NodeJS.ErrnoException));
    process.exit(1);
  }
  const { certificate } = running;
  const manifest = relative(process.cwd(), join(DIST, 'manifest.xml')) || 'dist/manifest.xml';
  const lines = [
    `Tổng hợp SSKĐT đang chạy tại https://localhost:${PORT}/taskpane.html (Ctrl+C để dừng).`,
    `SSKĐT Rollup is served at https://localhost:${PORT}/taskpane.html (Ctrl+C to stop).`,
    '',
    certificate.made
      ? `Đã tạo chứng chỉ mới cho localhost (hết hạn ${format(certificate.validTo, 'dd/MM/yyyy')}). / A new certificate was made.`
      : `Chứng chỉ localhost còn hạn đến ${format(certificate.validTo, 'dd/MM/yyyy')}. / Certificate valid until then.`,
    ...(certificate.made ? trustSteps(certificate.certPath) : []),
    '',
    ...webSteps(manifest),
    '',
    ...desktopSteps(manifest, undefined),
  ];
  console.log(lines.join('\n'));
  const stop = (): void => void running.close();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) void main();
