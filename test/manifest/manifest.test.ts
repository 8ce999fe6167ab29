import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { childNamed, childrenNamed, descendants, parseXml, XmlElement, XmlSyntaxError } from './xml';
import { canValidate, schemas, xmllint, type Schemas } from './schemas';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, PublicUrlError, manifestForUrl, publicUrlFrom } = require('../../scripts/deploy/public-url') as {
  DEV_URL: string;
  PublicUrlError: new (message: string) => Error;
  manifestForUrl(text: string, url: string | undefined): string;
  publicUrlFrom(raw: unknown): string;
};

const REPO = resolve(__dirname, '..', '..');
const MANIFEST = join(REPO, 'manifest.xml');
const ASSETS = join(REPO, 'assets');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const URI_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

// Which resource collection a resid must come from, by the element that references it.
const RESOURCE_KIND: Record<string, string> = {
  'bt:Image': 'bt:Images',
  FunctionFile: 'bt:Urls',
  SourceLocation: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

// The buttons the ribbon must show, by what they do, with their Vietnamese labels.
const BUTTONS = (base: string) => [
  { action: 'ExecuteFunction', target: 'consolidate', label: 'Tổng hợp' },
  { action: 'ShowTaskpane', target: `${base}/taskpane.html`, label: 'Mở bảng điều khiển' },
];

interface Manifest {
  text: string;
  root: XmlElement;
  assetsDir: string;
  /** The address the build serves dist/ from (no trailing slash): every URL must be under it. */
  base: string;
  /** Resource id → its element and the collection (bt:Images, bt:Urls, …) it sits in. */
  resources: Map<string, { kind: string; element: XmlElement }>;
}

type Check = (manifest: Manifest) => string[];

function textOf(parent: XmlElement | undefined, name: string): string | undefined {
  const element = parent && childNamed(parent, name);
  return element?.text.trim();
}

function path(root: XmlElement, ...names: string[]): XmlElement | undefined {
  let element: XmlElement | undefined = root;
  for (const name of names) element = element && childNamed(element, name);
  return element;
}

function versionOverrides(root: XmlElement): XmlElement[] {
  return childrenNamed(root, 'VersionOverrides');
}

/** Width and height from a PNG's IHDR chunk, or why the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | string {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return 'not a PNG file';
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return 'PNG does not start with IHDR';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkIcon(manifest: Manifest, where: string, url: string, size: number): string[] {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return [`${where}: ${url} is not a URL`];
  }
  const prefix = `${new URL(manifest.base).pathname.replace(/\/$/, '')}/assets/`;
  if (!pathname.startsWith(prefix) || pathname.slice(prefix.length).includes('/')) {
    return [`${where}: ${url} is not a file in assets/`];
  }
  const file = join(manifest.assetsDir, pathname.slice(prefix.length));
  if (!existsSync(file)) return [`${where}: ${file} does not exist`];
  const found = pngSize(readFileSync(file));
  if (typeof found === 'string') return [`${where}: ${file}: ${found}`];
  if (found.width !== size || found.height !== size) {
    return [`${where}: ${file} is ${found.width}×${found.height}, expected ${size}×${size}`];
  }
  return [];
}

/** Every URL an element carries for every locale: DefaultValue and its Override values. */
function localisedValues(element: XmlElement): string[] {
  const overrides = element.children.filter((child) => child.name === 'Override' || child.name === 'bt:Override');
  return [element.attributes.DefaultValue ?? '', ...overrides.map((override) => override.attributes.Value ?? '')];
}

const CHECKS: Record<string, Check> = {
  'is an OfficeApp of xsi:type TaskPaneApp in the 1.1 namespace': ({ root }) => {
    const problems: string[] = [];
    if (root.name !== 'OfficeApp') problems.push(`root element is <${root.name}>`);
    if (root.attributes['xsi:type'] !== 'TaskPaneApp') problems.push(`xsi:type is ${root.attributes['xsi:type']}`);
    if (root.attributes.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') {
      problems.push(`xmlns is ${root.attributes.xmlns}`);
    }
    return problems;
  },

  'has a GUID Id and a four-part Version': ({ root }) => {
    const id = textOf(root, 'Id') ?? '';
    const version = textOf(root, 'Version') ?? '';
    return [
      ...(GUID.test(id) ? [] : [`Id "${id}" is not a GUID`]),
      ...(FOUR_PART_VERSION.test(version) ? [] : [`Version "${version}" is not four-part (n.n.n.n)`]),
    ];
  },

  'has DefaultLocale vi-VN': ({ root }) => {
    const locale = textOf(root, 'DefaultLocale');
    return locale === 'vi-VN' ? [] : [`DefaultLocale is ${locale}`];
  },

  'asks for ReadWriteDocument and nothing else': ({ root }) => {
    const permissions = childrenNamed(root, 'Permissions').map((element) => element.text.trim());
    return permissions.length === 1 && permissions[0] === 'ReadWriteDocument'
      ? []
      : [`Permissions are [${permissions.join(', ')}]`];
  },

  'runs in Excel only, from ExcelApi 1.7': ({ root }) => {
    const problems: string[] = [];
    const hosts = childrenNamed(root, 'Hosts').flatMap((hostList) => childrenNamed(hostList, 'Host'));
    const hostNames = hosts.map((host) => host.attributes.Name);
    if (hostNames.length !== 1 || hostNames[0] !== 'Workbook') problems.push(`Hosts are [${hostNames.join(', ')}]`);
    const sets = path(root, 'Requirements', 'Sets');
    if (sets?.attributes.DefaultMinVersion !== '1.1') {
      problems.push(`Sets DefaultMinVersion is ${sets?.attributes.DefaultMinVersion}`);
    }
    const excelApi = sets && childrenNamed(sets, 'Set').find((set) => set.attributes.Name === 'ExcelApi');
    const minVersion = excelApi?.attributes.MinVersion;
    if (minVersion !== '1.7') problems.push(`ExcelApi MinVersion is ${minVersion}`);
    for (const overrides of versionOverrides(root)) {
      for (const host of childrenNamed(childNamed(overrides, 'Hosts') ?? overrides, 'Host')) {
        if (host.attributes['xsi:type'] !== 'Workbook') {
          problems.push(`VersionOverrides host is ${host.attributes['xsi:type']}`);
        }
      }
    }
    return problems;
  },

  'defines every resid it references, in the right collection, once': (manifest) => {
    const problems: string[] = [];
    for (const overrides of versionOverrides(manifest.root)) {
      const resources = childNamed(overrides, 'Resources');
      for (const collection of resources?.children ?? []) {
        const ids = collection.children.map((element) => element.attributes.id);
        for (const [index, id] of ids.entries()) {
          if (ids.indexOf(id) !== index) problems.push(`${collection.name} defines ${id} twice`);
        }
      }
      for (const element of descendants(overrides)) {
        const resid = element.attributes.resid;
        if (resid === undefined) continue;
        const resource = manifest.resources.get(resid);
        const kind = RESOURCE_KIND[element.name];
        if (!resource) problems.push(`<${element.name} resid="${resid}"> is not defined in Resources`);
        else if (kind && resource.kind !== kind) {
          problems.push(`<${element.name} resid="${resid}"> is defined in ${resource.kind}, not ${kind}`);
        }
      }
    }
    return problems;
  },

  'uses only https URLs': ({ root }) => {
    const problems: string[] = [];
    for (const element of descendants(root)) {
      for (const [name, value] of Object.entries(element.attributes)) {
        const isNamespace = name === 'xmlns' || name.startsWith('xmlns:');
        if (!isNamespace && URI_SCHEME.test(value) && !value.startsWith('https://')) {
          problems.push(`<${element.name} ${name}="${value}">`);
        }
      }
      const text = element.text.trim();
      if (URI_SCHEME.test(text) && !text.startsWith('https://')) problems.push(`<${element.name}>${text}`);
    }
    const urlElements = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((name) => childNamed(root, name)),
      path(root, 'DefaultSettings', 'SourceLocation'),
      ...versionOverrides(root).flatMap((overrides) => {
        const resources = childNamed(overrides, 'Resources');
        return ['bt:Images', 'bt:Urls'].flatMap((kind) => resources && childNamed(resources, kind)?.children);
      }),
    ];
    for (const element of urlElements) {
      if (!element) continue;
      for (const value of localisedValues(element)) {
        if (!URI_SCHEME.test(value)) problems.push(`<${element.name}> has "${value}" where an https URL belongs`);
      }
    }
    return problems;
  },

  'points every icon at a PNG of the right size in assets/': (manifest) => {
    const { root } = manifest;
    const problems: string[] = [];
    const storeIcons = [
      { name: 'IconUrl', size: 32 },
      { name: 'HighResolutionIconUrl', size: 64 },
    ];
    for (const { name, size } of storeIcons) {
      const element = childNamed(root, name);
      if (!element) problems.push(`<${name}> is missing`);
      for (const url of element ? localisedValues(element) : []) problems.push(...checkIcon(manifest, name, url, size));
    }
    for (const overrides of versionOverrides(root)) {
      for (const image of descendants(overrides)) {
        const { resid, size } = image.attributes;
        if (image.name !== 'bt:Image' || resid === undefined) continue;
        const resource = manifest.resources.get(resid);
        if (!resource || resource.kind !== 'bt:Images') continue; // reported by the resid check
        for (const url of localisedValues(resource.element)) {
          problems.push(...checkIcon(manifest, `bt:Image ${resid} at size ${size}`, url, Number(size)));
        }
      }
    }
    return problems;
  },

  'labels both ribbon buttons in Vietnamese, with en-US overrides': (manifest) => {
    const problems: string[] = [];
    const buttons = versionOverrides(manifest.root)
      .flatMap((overrides) => [...descendants(overrides)])
      .filter((element) => element.name === 'Control' && element.attributes['xsi:type'] === 'Button');
    for (const expected of BUTTONS(manifest.base)) {
      const button = buttons.find((candidate) => {
        const action = childNamed(candidate, 'Action');
        if (action?.attributes['xsi:type'] !== expected.action) return false;
        if (expected.action === 'ExecuteFunction') return textOf(action, 'FunctionName') === expected.target;
        const url = manifest.resources.get(childNamed(action, 'SourceLocation')?.attributes.resid ?? '');
        return url?.element.attributes.DefaultValue === expected.target;
      });
      if (!button) {
        problems.push(`no ${expected.action} button for ${expected.target}`);
        continue;
      }
      const label = manifest.resources.get(childNamed(button, 'Label')?.attributes.resid ?? '')?.element;
      const vietnamese = label?.attributes.DefaultValue;
      if (vietnamese !== expected.label) {
        problems.push(`button ${button.attributes.id} is labelled "${vietnamese}", expected "${expected.label}"`);
      }
      const english = label?.children.find(
        (override) => override.name === 'bt:Override' && override.attributes.Locale === 'en-US',
      );
      if (!english?.attributes.Value?.trim()) problems.push(`button ${button.attributes.id} has no en-US label`);
    }
    return problems;
  },

  'runs the ribbon command and the pane in one shared runtime, taskpane.html': (manifest) => {
    const problems: string[] = [];
    const pane = `${manifest.base}/taskpane.html`;
    const urlOf = (resid: string | undefined) => (resid === undefined ? undefined : manifest.resources.get(resid)?.element.attributes.DefaultValue);
    for (const overrides of versionOverrides(manifest.root)) {
      for (const host of childrenNamed(childNamed(overrides, 'Hosts') ?? overrides, 'Host')) {
        const runtimes = childrenNamed(host, 'Runtimes').flatMap((list) => childrenNamed(list, 'Runtime'));
        if (runtimes.length !== 1) {
          problems.push(`Host ${host.attributes['xsi:type']} has ${runtimes.length} <Runtime> elements, expected one`);
          continue;
        }
        const runtime = runtimes[0].attributes;
        if (runtime.lifetime !== 'long') problems.push(`<Runtime> lifetime is ${runtime.lifetime ?? 'missing (short)'}, expected long`);
        if (urlOf(runtime.resid) !== pane) problems.push(`<Runtime resid="${runtime.resid}"> is ${urlOf(runtime.resid)}, expected ${pane}`);
        const named = [...descendants(host)].flatMap((element) => {
          if (element.name === 'FunctionFile') return [{ what: '<FunctionFile>', resid: element.attributes.resid }];
          const action = element.name === 'Action' && element.attributes['xsi:type'] === 'ShowTaskpane' ? element : undefined;
          return action ? [{ what: 'ShowTaskpane <SourceLocation>', resid: childNamed(action, 'SourceLocation')?.attributes.resid }] : [];
        });
        for (const what of ['<FunctionFile>', 'ShowTaskpane <SourceLocation>']) {
          if (!named.some((n) => n.what === what)) problems.push(`Host ${host.attributes['xsi:type']} has no ${what}`);
        }
        for (const { what, resid } of named) {
          if (resid !== runtime.resid) problems.push(`${what} names ${resid}, not the runtime's ${runtime.resid}`);
        }
      }
    }
    return problems;
  },

  'installs where Excel has no shared runtime: SharedRuntime is no requirement': ({ root }) =>
    [...descendants(root)]
      .filter((element) => element.name === 'Set' && element.attributes.Name?.toLowerCase() === 'sharedruntime')
      .map((set) => `<Set Name="${set.attributes.Name}" MinVersion="${set.attributes.MinVersion}"> would keep the add-in off Office 2016/2019`),

  'is NFC-normalised Unicode': ({ text }) => (text === text.normalize('NFC') ? [] : ['text is not in NFC']),

  'names no address but the one its build serves': ({ root, base }) => {
    const problems: string[] = [];
    for (const element of descendants(root)) {
      const values = Object.entries(element.attributes)
        .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
        .map(([, value]) => value);
      for (const value of [...values, element.text.trim()]) {
        if (URI_SCHEME.test(value) && !value.startsWith(`${base}/`)) problems.push(`<${element.name}> names ${value}`);
      }
    }
    return problems;
  },
};

const WELL_FORMED = 'is well-formed XML';

/** Everything wrong with a manifest, as [check, problem] pairs; empty when it is sound. */
function manifestProblems(text: string, assetsDir: string, base: string): Array<[string, string]> {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [[WELL_FORMED, error.message]];
    throw error;
  }
  const resources = new Map<string, { kind: string; element: XmlElement }>();
  for (const overrides of versionOverrides(root)) {
    for (const collection of childNamed(overrides, 'Resources')?.children ?? []) {
      for (const element of collection.children) {
        const id = element.attributes.id;
        if (id !== undefined && !resources.has(id)) resources.set(id, { kind: collection.name, element });
      }
    }
  }
  const manifest: Manifest = { text, root, assetsDir, base, resources };
  // A resource referenced from several places reports its problem once.
  return Object.entries(CHECKS).flatMap(([check, run]) =>
    [...new Set(run(manifest))].map((problem): [string, string] => [check, problem]),
  );
}

const manifestText = readFileSync(MANIFEST, 'utf8');
const schemaTest = canValidate() ? test : test.skip;
const skipped = canValidate() ? '' : ' (skipped: needs ../shared/schemas/office-addin-manifest and xmllint, libxml2-utils)';
const validates = { status: 0, stderr: 'manifest.xml validates' };
/** The Workbook host's <Runtimes>, with the comment above it. */
const RUNTIMES = /\n *<!--[^\n]*-->\n *<Runtimes>\n *<Runtime [^\n]*\n *<\/Runtimes>/;

function problemsOf(check: string, text = manifestText, base = DEV_URL): string[] {
  return manifestProblems(text, ASSETS, base)
    .filter(([name]) => name === check)
    .map(([, problem]) => problem);
}

/** The shared schemas with Runtimes added (schemas.ts), made once for the file. */
let patched: Schemas | undefined;
function patchedXsd(): string {
  patched ??= schemas();
  return patched.manifestXsd;
}
afterAll(() => patched?.close());

describe('manifest.xml', () => {
  test.each([WELL_FORMED, ...Object.keys(CHECKS)])('%s', (check) => {
    expect(problemsOf(check)).toEqual([]);
  });

  schemaTest(`validates against the Office add-in manifest schema 1.1 with [MS-OWEMXML]’s Runtimes (xmllint)${skipped}`, () => {
    expect(xmllint(manifestText, patchedXsd())).toEqual(validates);
  });

  schemaTest(`without its <Runtimes>, validates against the shared schemas as they are: the patch adds nothing else${skipped}`, () => {
    const pristine = schemas(false);
    try {
      const withoutRuntimes = manifestText.replace(RUNTIMES, '');
      expect([...descendants(parseXml(withoutRuntimes))].filter((e) => e.name.startsWith('Runtime'))).toEqual([]);
      expect(xmllint(withoutRuntimes, pristine.manifestXsd)).toEqual(validates);
      expect(xmllint(manifestText, pristine.manifestXsd).stderr).toContain("Element '{http://schemas.microsoft.com/office/taskpaneappversionoverrides}Runtimes': This element is not expected.");
    } finally {
      pristine.close();
    }
  });

  schemaTest.each([
    ['<Runtimes> after <DesktopFormFactor>', (text: string) => text.replace(RUNTIMES, '').replace('</DesktopFormFactor>', `</DesktopFormFactor>${RUNTIMES.exec(text)?.[0] ?? ''}`), 'Runtimes'],
    ['a lifetime that is neither short nor long', (text: string) => text.replace('lifetime="long"', 'lifetime="forever"'), 'forever'],
    ['a <Runtime> without resid', (text: string) => text.replace('<Runtime resid="Taskpane.Url"', '<Runtime'), 'resid'],
  ])(`the schemas refuse %s${skipped}`, (_name, mutate, mentions) => {
    const text = mutate(manifestText);
    expect(text).not.toBe(manifestText);
    const verdict = xmllint(text, patchedXsd());
    expect(verdict.status).not.toBe(0);
    expect(verdict.stderr).toContain(mentions);
  });
});

describe('a build for the commune\'s own address (npm run build -- --env publicUrl=…)', () => {
  const PUBLIC = 'https://ubnd-xa.example.vn/sskdt';
  const built = manifestForUrl(manifestText, `${PUBLIC}/`);

  test.each([WELL_FORMED, ...Object.keys(CHECKS)])('%s', (check) => {
    expect(problemsOf(check, built, PUBLIC)).toEqual([]);
  });

  test('keeps no address of the local server', () => {
    expect(built).not.toContain('localhost');
    expect(built.split(`${PUBLIC}/`).length - 1).toBe(manifestText.split(`${DEV_URL}/`).length - 1);
  });

  test('the repository\'s manifest fails the address check against a public build', () => {
    expect(problemsOf('names no address but the one its build serves', manifestText, PUBLIC)).toContainEqual(
      expect.stringContaining(`${DEV_URL}/taskpane.html`),
    );
  });

  schemaTest(`validates against the Office add-in manifest schema 1.1 with [MS-OWEMXML]’s Runtimes (xmllint)${skipped}`, () => {
    expect(xmllint(built, patchedXsd())).toEqual(validates);
  });

  test('webpack.config.js writes that manifest into dist/', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js')({ publicUrl: PUBLIC }, { mode: 'production' }) as {
      plugins: Array<{ patterns?: Array<{ from: string; transform?: (content: Buffer) => string }> }>;
    };
    const pattern = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.from === 'manifest.xml');
    expect(pattern?.transform?.(Buffer.from(manifestText))).toBe(built);
  });

  test.each([
    ['http://ubnd-xa.example.vn/sskdt', 'https://'],
    ['ubnd-xa.example.vn', 'không phải là một địa chỉ web'],
    ['https://ubnd-xa.example.vn/?v=2', '?…'],
    ['https://can-bo:matkhau@ubnd-xa.example.vn/', 'mật khẩu'],
  ])('refuses %s, saying why', (address, reason) => {
    expect(() => publicUrlFrom(address)).toThrow(PublicUrlError);
    expect(() => publicUrlFrom(address)).toThrow(reason);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(() => require('../../webpack.config.js')({ publicUrl: address }, { mode: 'production' })).toThrow(reason);
  });

  test('no address means the local server of npm start', () => {
    expect(publicUrlFrom(undefined)).toBe(DEV_URL);
    expect(manifestForUrl(manifestText, undefined)).toBe(manifestText);
  });
});

describe('the manifest checker', () => {
  function mutated(from: string, to: string): string {
    if (!manifestText.includes(from)) throw new Error(`mutation target not in manifest.xml: ${from}`);
    return manifestText.replace(from, to);
  }

  const RESID = 'defines every resid it references, in the right collection, once';
  const ICONS = 'points every icon at a PNG of the right size in assets/';
  const LABELS = 'labels both ribbon buttons in Vietnamese, with en-US overrides';
  const icon80 = '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>';
  const paneUrl = '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>';
  const SHARED = 'runs the ribbon command and the pane in one shared runtime, taskpane.html';
  test.each([
    { mutation: 'a removed resource', from: icon80, to: '', check: RESID, mentions: 'Icon.80x80' },
    { mutation: 'a closing tag dropped', from: '</Hosts>', to: '', check: WELL_FORMED, mentions: 'closes <Hosts>' },
    {
      mutation: 'a GUID with a typo',
      from: '<Id>7d847f5f-',
      to: '<Id>7d847f5g-',
      check: 'has a GUID Id and a four-part Version',
      mentions: '7d847f5g',
    },
    {
      mutation: 'a wider permission',
      from: '>ReadWriteDocument<',
      to: '>ReadWriteMailbox<',
      check: 'asks for ReadWriteDocument and nothing else',
      mentions: 'ReadWriteMailbox',
    },
    {
      mutation: 'an older ExcelApi',
      from: 'MinVersion="1.7"',
      to: 'MinVersion="1.1"',
      check: 'runs in Excel only, from ExcelApi 1.7',
      mentions: 'ExcelApi MinVersion is 1.1',
    },
    {
      mutation: 'an http URL',
      from: paneUrl,
      to: paneUrl.replace('https:', 'http:'),
      check: 'uses only https URLs',
      mentions: 'http://localhost:3000/taskpane.html',
    },
    {
      mutation: 'a relative URL',
      from: paneUrl,
      to: paneUrl.replace('https://localhost:3000/', ''),
      check: 'uses only https URLs',
      mentions: '"taskpane.html"',
    },
    {
      mutation: 'a function file of its own (the shared runtime would not load)',
      from: '<FunctionFile resid="Taskpane.Url"/>',
      to: '<FunctionFile resid="GetStarted.LearnMoreUrl"/>',
      check: SHARED,
      mentions: '<FunctionFile> names GetStarted.LearnMoreUrl, not the runtime\'s Taskpane.Url',
    },
    {
      mutation: 'a short-lived runtime',
      from: 'lifetime="long"',
      to: 'lifetime="short"',
      check: SHARED,
      mentions: 'lifetime is short, expected long',
    },
    {
      mutation: 'no <Runtimes>',
      from: '<Runtime resid="Taskpane.Url" lifetime="long"/>',
      to: '',
      check: SHARED,
      mentions: 'has 0 <Runtime> elements',
    },
    {
      mutation: 'SharedRuntime as a requirement',
      from: '<Set Name="ExcelApi" MinVersion="1.7"/>',
      to: '<Set Name="ExcelApi" MinVersion="1.7"/><Set Name="SharedRuntime" MinVersion="1.1"/>',
      check: 'installs where Excel has no shared runtime: SharedRuntime is no requirement',
      mentions: 'SharedRuntime',
    },
    {
      mutation: 'a 32 px file as the 16 px icon',
      from: 'assets/icon-16.png"/>\n',
      to: 'assets/icon-32.png"/>\n',
      check: ICONS,
      mentions: 'is 32×32, expected 16×16',
    },
    {
      mutation: 'a missing icon file',
      from: 'assets/icon-64.png',
      to: 'assets/icon-65.png',
      check: ICONS,
      mentions: 'icon-65.png does not exist',
    },
    {
      mutation: 'a button label without English',
      from: '<bt:Override Locale="en-US" Value="Open task pane"/>',
      to: '',
      check: LABELS,
      mentions: 'Sskdt.OpenTaskpane has no en-US label',
    },
    {
      mutation: 'a decomposed diacritic',
      from: 'Tổng hợp SSKĐT"',
      to: 'Tổng hợp SSKĐT"'.normalize('NFD'),
      check: 'is NFC-normalised Unicode',
      mentions: 'NFC',
    },
  ])('reports $mutation', ({ from, to, check, mentions }) => {
    expect(problemsOf(check, mutated(from, to))).toEqual([expect.stringContaining(mentions)]);
  });
});
