/**
 * What the print tests share: a workbook converted to PDF by LibreOffice and read back with poppler, page by page.
 * Where soffice, pdftotext or pdfinfo is missing the tests are skipped, the missing tools named in the test's name;
 * .ci/run installs them.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** Whether a command is on the PATH, as the shell would find it. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((command) => !onPath(command));

/** A `describe` that runs where LibreOffice and poppler are installed, and is skipped elsewhere, saying what is missing. */
export function describePrinted(name: string, tests: () => void): void {
  if (missing.length === 0) describe(name, tests);
  else describe.skip(`${name}: SKIPPED, ${missing.join('/')} not installed`, tests);
}

/**
 * A folder of the tests' own, made before them and removed after them (so a skipped `describe` leaves nothing
 * behind). Call it in a `describe`'s body, before its own `beforeAll`.
 */
export function scratchFolder(prefix: string): string {
  const dir = join(tmpdir(), `${prefix}${randomUUID()}`);
  beforeAll(() => mkdirSync(dir, { mode: 0o700 }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A workbook as LibreOffice prints it: the PDF beside it, pdfinfo's account of it and each page's text. */
export interface Printout {
  pdf: string;
  info: string;
  pages: string[];
}

/**
 * Converts a .xlsx file to PDF (written beside it) and reads each page's text, in NFC; with `layout`, as pdftotext
 * lays the text out on the page.
 */
export function printXlsx(xlsx: string, { layout = false } = {}): Printout {
  // A profile of its own for each run, so a LibreOffice already running elsewhere cannot block this one.
  const profile = mkdtempSync(join(tmpdir(), 'sskdt-soffice-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dirname(xlsx), xlsx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  expect(existsSync(pdf)).toBe(true);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), ...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' }).normalize('NFC'),
  );
  return { pdf, info, pages };
}
