import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';

const SOURCE = readFileSync(join(__dirname, '../../src/taskpane/legacy-check.js'), 'utf8');
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19045';

interface FakePage {
  root: { innerHTML: string; firstChild: unknown };
  window: Record<string, unknown>;
  listeners: ((event: unknown) => void)[];
}

/** Runs legacy-check.js against a fake page with the given browser features. */
function runIn({ documentMode, userAgent = CHROME, missing = [] }: { documentMode?: number; userAgent?: string; missing?: string[] }): FakePage {
  const root = { innerHTML: '', firstChild: null as unknown };
  const listeners: ((event: unknown) => void)[] = [];
  const features: Record<string, unknown> = { Promise, fetch: () => {}, Proxy, Symbol };
  for (const name of missing) delete features[name];
  const window: Record<string, unknown> = {
    ...features,
    navigator: { userAgent },
    addEventListener: (type: string, listener: (event: unknown) => void) => type === 'error' && listeners.push(listener),
  };
  const document = { documentMode, getElementById: (id: string) => (id === 'root' ? root : null), body: null };
  runInNewContext(SOURCE, { window, document });
  return { root, window, listeners };
}

describe('legacy-check.js (runs before the bundle, in every host)', () => {
  it('is plain ES5, so Internet Explorer 11 can parse it', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ['Internet Explorer 11', { documentMode: 11 }],
    ['EdgeHTML', { userAgent: EDGE_HTML }],
    ['a webview without Promise', { missing: ['Promise'] }],
    ['a webview without fetch', { missing: ['fetch'] }],
    ['a webview without Proxy', { missing: ['Proxy'] }],
  ])('replaces the page with a Vietnamese and English message in %s', (_name, host) => {
    const page = runIn(host);
    expect(page.window.sskdtLegacyHost).toBe(true);
    expect(page.root.innerHTML).toContain('Phiên bản Office này quá cũ để chạy Tổng hợp SSKĐT');
    expect(page.root.innerHTML).toContain('Excel trên web');
    expect(page.root.innerHTML).toContain('This version of Office is too old');
    expect(page.root.innerHTML).toBe(page.root.innerHTML.normalize('NFC'));
  });

  it('leaves a modern host alone', () => {
    const page = runIn({});
    expect(page.window.sskdtLegacyHost).toBeUndefined();
    expect(page.root.innerHTML).toBe('');
  });

  it('still explains itself when a host it missed cannot parse the bundle, before anything was rendered', () => {
    const page = runIn({});
    page.listeners.forEach((listener) => listener({ error: { name: 'SyntaxError' }, message: 'SyntaxError: Unexpected token ?' }));
    expect(page.root.innerHTML).toContain('quá cũ');
  });

  it('ignores other errors and errors after the pane rendered', () => {
    const page = runIn({});
    page.listeners.forEach((listener) => listener({ error: { name: 'TypeError' }, message: 'TypeError: x is undefined' }));
    page.root.firstChild = {};
    page.listeners.forEach((listener) => listener({ error: { name: 'SyntaxError' }, message: 'SyntaxError' }));
    expect(page.root.innerHTML).toBe('');
  });
});
