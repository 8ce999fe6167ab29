// A small XML reader for the manifest tests: elements, attributes, text, comments, CDATA,
// processing instructions and the predefined and numeric entities. No DTDs or namespace
// resolution: names are kept as written ("bt:Image"). Malformed markup throws with its position.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, concatenated and entity-decoded, without its children's text. */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line}, column ${column}`);
    this.name = 'XmlSyntaxError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && !isSpace(ch) && !'<>/=\'"&?!'.includes(ch);
}

export function parseXml(source: string): XmlElement {
  let pos = source.startsWith('\uFEFF') ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  function fail(reason: string, at = pos): never {
    const before = source.slice(0, at);
    const line = before.split('\n').length;
    throw new XmlSyntaxError(reason, line, at - before.lastIndexOf('\n'));
  }

  function skipPast(terminator: string, what: string): string {
    const end = source.indexOf(terminator, pos);
    if (end < 0) fail(`unterminated ${what}`);
    const content = source.slice(pos, end);
    pos = end + terminator.length;
    return content;
  }

  function skipSpace(): void {
    while (isSpace(source[pos])) pos++;
  }

  function readName(): string {
    const start = pos;
    while (isNameChar(source[pos])) pos++;
    if (pos === start) fail('expected a name');
    return source.slice(start, pos);
  }

  function decode(raw: string, at: number): string {
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf('&', i);
      if (amp < 0) return out + raw.slice(i);
      out += raw.slice(i, amp);
      const semi = raw.indexOf(';', amp);
      if (semi < 0) fail('unterminated entity reference', at + amp);
      const entity = raw.slice(amp + 1, semi);
      if (entity.startsWith('#')) {
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        const valid = Number.isInteger(code) && code >= 0 && code <= 0x10ffff;
        if (!valid) fail(`bad character reference &${entity};`, at + amp);
        out += String.fromCodePoint(code);
      } else {
        const value = ENTITIES[entity];
        if (value === undefined) fail(`unknown entity &${entity};`, at + amp);
        out += value;
      }
      i = semi + 1;
    }
    return out;
  }

  function addText(text: string): void {
    const parent = stack[stack.length - 1];
    if (parent) parent.text += text;
    else if (text.trim() !== '') fail('text outside the root element');
  }

  function readStartTag(): void {
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = isSpace(source[pos]);
      skipSpace();
      const ch = source[pos];
      if (ch === undefined) fail(`unterminated start tag <${element.name}>`);
      if (ch === '>' || ch === '/') break;
      if (!hadSpace) fail('expected a space between attributes');
      const name = readName();
      skipSpace();
      if (source[pos] !== '=') fail(`attribute ${name} has no value`);
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${name} value is not quoted`);
      pos++;
      const valueStart = pos;
      const raw = skipPast(quote, `value of attribute ${name}`);
      if (raw.includes('<')) fail(`attribute ${name} contains "<"`, valueStart);
      if (name in element.attributes) fail(`attribute ${name} repeated`);
      element.attributes[name] = decode(raw, valueStart);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) fail('a second root element');
    else root = element;
    if (source[pos] === '/') {
      pos++;
      if (source[pos] !== '>') fail('expected ">" after "/"');
      pos++;
    } else {
      pos++;
      stack.push(element);
    }
  }

  function readEndTag(): void {
    const at = pos;
    const name = readName();
    skipSpace();
    if (source[pos] !== '>') fail(`expected ">" to close </${name}`);
    pos++;
    const open = stack.pop();
    if (!open) fail(`</${name}> closes nothing`, at);
    if (open.name !== name) fail(`</${name}> closes <${open.name}>`, at);
  }

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > pos) {
      addText(decode(source.slice(pos, textEnd), pos));
      pos = textEnd;
      continue;
    }
    if (source.startsWith('<!--', pos)) {
      pos += 4;
      skipPast('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', pos)) {
      pos += 9;
      addText(skipPast(']]>', 'CDATA section'));
    } else if (source.startsWith('<?', pos)) {
      pos += 2;
      skipPast('?>', 'processing instruction');
    } else if (source.startsWith('<!', pos)) {
      if (root) fail('declaration after the root element');
      pos += 2;
      skipPast('>', 'declaration');
    } else if (source[pos + 1] === '/') {
      pos += 2;
      readEndTag();
    } else {
      pos++;
      readStartTag();
    }
  }
  const unclosed = stack.pop();
  if (unclosed) fail(`<${unclosed.name}> is never closed`);
  if (!root) fail('no root element');
  return root;
}

/** Children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first child of `element` named `name`, if any. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** `element` and everything below it, depth first in document order. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* descendants(child);
}
