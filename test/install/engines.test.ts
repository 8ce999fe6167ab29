/**
 * A fresh `npm install` on Node 20 (the README's version) says nothing about engines (ISSUE 13 §8): every package
 * the lockfile installs admits Node 20, and the lockfile's own record of package.json is package.json, so
 * `npm install` has nothing to rewrite. @axe-core/playwright 4.14.1 (November 2026) was the last to break this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const ROOT = join(__dirname, '..', '..');
const NODE_20 = ['20.19.0', '20.20.2'];

interface LockEntry {
  version?: string;
  engines?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as LockEntry & { engines: { node: string } };

/** The Node range a lockfile entry declares, when it declares one as npm reads it (a string under engines.node). */
function nodeRange(entry: LockEntry): string | undefined {
  const engines = entry.engines as { node?: unknown } | undefined;
  return engines && typeof engines === 'object' && typeof engines.node === 'string' ? engines.node : undefined;
}

describe('a fresh install on Node 20', () => {
  it('installs no package whose engines leave Node 20 out', () => {
    const refusing = Object.entries(lock.packages)
      .flatMap(([path, entry]) => {
        const range = nodeRange(entry);
        if (!range) return [];
        const out = NODE_20.filter((v) => !semver.satisfies(v, range));
        return out.length ? [`${path}@${entry.version ?? '?'} wants node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });

  it('reads the lockfile and package.json alike, so npm install has nothing to rewrite', () => {
    const root = lock.packages[''];
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    expect(NODE_20.every((v) => semver.satisfies(v, pkg.engines.node))).toBe(true);
  });

  it('catches an engine range that leaves Node 20 out', () => {
    expect(nodeRange({ engines: { node: '>=22.12.0' } })).toBe('>=22.12.0');
    expect(NODE_20.some((v) => semver.satisfies(v, '>=22.12.0'))).toBe(false);
    expect(nodeRange({ engines: ['node >= 0.4'] })).toBeUndefined();
  });
});
