/** A part's relationships (`_rels/*.rels`): where each `r:id` points, as a path inside the zip. */
import type { ZipEntry } from './zip';
import { scanPart } from './xml-part';

export interface Relationship {
  type: string;
  target: string;
}

/** The .rels part that belongs to a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target as a path from the zip's root: relative to the part's folder, or absolute with "/". */
export function resolveTarget(part: string, target: string): string {
  const base = target.startsWith('/') ? [] : part.split('/').slice(0, -1);
  for (const step of target.replace(/^\/+/, '').split('/')) {
    if (step === '..') base.pop();
    else if (step !== '.' && step !== '') base.push(step);
  }
  return base.join('/');
}

export function readRelationships(zip: Uint8Array, entries: Map<string, ZipEntry>, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const entry = entries.get(relsPathOf(part));
  if (!entry) return rels;
  scanPart(zip, entry, {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const id = tag.attr('Id');
      const target = tag.attr('Target');
      if (id === undefined || target === undefined || tag.attr('TargetMode') === 'External') return;
      rels.set(id, { type: tag.attr('Type') ?? '', target: resolveTarget(part, target.trim()) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The first relationship of a kind (".../styles", ".../sharedStrings"). */
export function targetOfType(rels: Map<string, Relationship>, kind: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${kind}`)) return rel.target;
  return undefined;
}
