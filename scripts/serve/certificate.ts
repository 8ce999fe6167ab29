/**
 * The certificate `npm start` serves https://localhost:3000 with: made on this computer the first
 * time, kept in .certs/ (git ignores it), made again when it has under 30 days left. Self-signed
 * and not a certificate authority (it can vouch for localhost only), so trusting it on this
 * computer lets Excel load the add-in from here and lets nothing else pass as another site.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export const CERT_FILE = 'localhost.crt';
export const KEY_FILE = 'localhost.key';
const DAY_MS = 24 * 60 * 60 * 1000;
const VALID_DAYS = 365;
const RENEW_DAYS = 30;

export interface LocalCertificate {
  key: string;
  cert: string;
  /** Where the certificate file is, to trust it. */
  certPath: string;
  /** True when this run made it (it must then be trusted once). */
  made: boolean;
  validTo: Date;
  fingerprint: string;
}

function usable(certPem: string, now: Date): X509Certificate | undefined {
  try {
    const x509 = new X509Certificate(certPem);
    const left = new Date(x509.validTo).getTime() - now.getTime();
    return left > RENEW_DAYS * DAY_MS && x509.checkHost('localhost') === 'localhost' ? x509 : undefined;
  } catch {
    return undefined;
  }
}

export async function localCertificate(dir: string, now = new Date()): Promise<LocalCertificate> {
  const certPath = join(dir, CERT_FILE);
  const keyPath = join(dir, KEY_FILE);
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, 'utf8');
    const x509 = usable(cert, now);
    if (x509) {
      return { key: readFileSync(keyPath, 'utf8'), cert, certPath, made: false, validTo: new Date(x509.validTo), fingerprint: x509.fingerprint256 };
    }
  }
  const pems = await generate([{ name: 'commonName', value: 'localhost' }, { name: 'organizationName', value: 'SSKĐT Rollup (máy này / this computer)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  writeFileSync(certPath, pems.cert);
  const x509 = new X509Certificate(pems.cert);
  return { key: pems.private, cert: pems.cert, certPath, made: true, validTo: new Date(x509.validTo), fingerprint: x509.fingerprint256 };
}
