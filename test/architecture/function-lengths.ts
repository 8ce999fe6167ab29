/**
 * The length of every function of a source tree, read with the TypeScript compiler: function
 * declarations and expressions, arrow functions, methods, constructors and accessors, each from its
 * first line to its last (a function nested in another counts towards both).
 * `npx tsx test/architecture/function-lengths.ts [dir] [max]` lists those over max, longest first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FunctionLength {
  /** Path relative to the tree's root, with forward slashes. */
  file: string;
  /** 1-based line the function starts on. */
  line: number;
  name: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What a reader calls the function: its own name, or the variable, property or class member it is assigned to. */
function nameOf(node: ts.SignatureDeclaration, file: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name.getText(file)) {
    return parent.name.getText(file);
  }
  return '<anonymous>';
}

function isFunction(node: ts.Node): node is ts.SignatureDeclaration & { body?: ts.Node } {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

export function functionLengths(root: string): FunctionLength[] {
  const out: FunctionLength[] = [];
  for (const path of sourceFiles(root)) {
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
    const visit = (node: ts.Node) => {
      if (isFunction(node) && node.body) {
        const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file: relative(root, path).split('\\').join('/'), line: start + 1, name: nameOf(node, file), lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

if (require.main === module) {
  const root = process.argv[2] ?? join(__dirname, '../../src/core');
  const max = Number(process.argv[3] ?? 80);
  const long = functionLengths(root).filter((f) => f.lines > max).sort((a, b) => b.lines - a.lines);
  for (const f of long) console.log(`${f.lines}\t${f.file}:${f.line} ${f.name}`);
}
