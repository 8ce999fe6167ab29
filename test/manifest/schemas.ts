/**
 * The Office add-in manifest schemas in ../shared/schemas (Microsoft's XSDs as last shipped, 2020), with the
 * one later addition this manifest uses: <Runtimes>, the shared runtime. Copied into a temporary folder and
 * patched there, the shared files untouched: [MS-OWEMXML] section 2.2 gives the types
 *   Host (abstract): sequence Runtimes?, AllFormFactors?  (Workbook extends it with DesktopFormFactor?)
 *   Runtimes (2.2.209): sequence of one or more Runtime
 * and Microsoft's manifest reference ("Runtime element") the Runtime's attributes: resid (required, at most
 * 32 characters, a bt:Url id) and lifetime ("short", the default, or "long").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SHARED_SCHEMAS = resolve(__dirname, '..', '..', '..', 'shared', 'schemas', 'office-addin-manifest');
export const MANIFEST_XSD = 'OfficeAppManifestV1_1.xsd';
const TASK_PANE_XSD = 'TaskPaneAppVersionOverridesV1_0.xsd';

/** The 2020 Host type, exactly as the shared file has it: its sequence opens with AllFormFactors. */
const HOST_SEQUENCE = /(<xs:complexType name="Host" abstract="true">[\s\S]*?<xs:sequence>)(\s*<xs:element name="AllFormFactors")/;

const RUNTIME_TYPES = `
  <xs:complexType name="Runtimes">
    <xs:sequence minOccurs="1" maxOccurs="unbounded">
      <xs:element name="Runtime" type="Runtime"/>
    </xs:sequence>
  </xs:complexType>
  <xs:simpleType name="RuntimeLifetime">
    <xs:restriction base="xs:string">
      <xs:enumeration value="short"/>
      <xs:enumeration value="long"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:complexType name="Runtime">
    <xs:attribute name="resid" type="bt:ReferenceId" use="required"/>
    <xs:attribute name="lifetime" type="RuntimeLifetime" use="optional" default="short"/>
  </xs:complexType>
`;

export function canValidate(): boolean {
  return existsSync(join(SHARED_SCHEMAS, MANIFEST_XSD)) && spawnSync('xmllint', ['--version']).error === undefined;
}

/** The task-pane overrides schema with Runtimes added where [MS-OWEMXML] puts it; throws if the shared file is not the one expected. */
export function withRuntimes(xsd: string): string {
  if (!HOST_SEQUENCE.test(xsd)) throw new Error(`${TASK_PANE_XSD}: the Host type is not the 2020 one this patch expects`);
  if (xsd.includes('name="Runtimes"')) throw new Error(`${TASK_PANE_XSD} already defines Runtimes: validate with it as it is`);
  return xsd
    .replace(HOST_SEQUENCE, '$1\n      <xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1"/>$2')
    .replace(/<\/xs:schema>\s*$/, `${RUNTIME_TYPES}</xs:schema>\n`);
}

export interface Schemas {
  /** The top schema to hand xmllint. */
  manifestXsd: string;
  close(): void;
}

/** The shared schemas as shipped (`patched` false), or with Runtimes added, in a temporary folder. */
export function schemas(patched = true): Schemas {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-schemas-'));
  cpSync(SHARED_SCHEMAS, dir, { recursive: true });
  if (patched) writeFileSync(join(dir, TASK_PANE_XSD), withRuntimes(readFileSync(join(dir, TASK_PANE_XSD), 'utf8')));
  return { manifestXsd: join(dir, MANIFEST_XSD), close: () => rmSync(dir, { recursive: true, force: true }) };
}

/** xmllint's verdict on a manifest text: its status and what it wrote, with the temporary file's name as "manifest.xml". */
export function xmllint(text: string, xsd: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-manifest-'));
  try {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, text);
    const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr.split(file).join('manifest.xml').trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
