// `npm run long-functions [folder]`: lists the functions under a folder of src/ (default: http)
// longer than 60 lines (DESIGN.md §3.11: a function over ~60 lines needs a reason), longest first,
// and among them the route handlers (callbacks given to app.get, app.post …). Reports; never fails.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const LIMIT = 60;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const folder = join(root, process.argv[2] ?? 'http');

function modules(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) modules(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

interface Found {
  lines: number;
  where: string;
  name: string;
  handler: boolean;
}

const found: Found[] = [];
for (const file of modules(folder)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - first + 1;
      if (lines > LIMIT) {
        const parent = node.parent;
        const route =
          ts.isCallExpression(parent) &&
          /\.(get|post|put|patch|delete|head|all|route)$/.test(parent.expression.getText(source));
        const name = route
          ? `${parent.expression.getText(source)}(${parent.arguments[0]?.getText(source) ?? ''})`
          : ts.isVariableDeclaration(parent)
            ? parent.name.getText(source)
            : ((node as ts.FunctionLikeDeclaration).name?.getText(source) ?? '(anonymous)');
        found.push({ lines, where: `${relative(root, file)}:${first + 1}`, name, handler: route });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

found.sort((a, b) => b.lines - a.lines);
const show = (list: Found[]) => list.map((f) => `  ${String(f.lines).padStart(4)}  ${f.where}  ${f.name}`);
const handlers = found.filter((f) => f.handler);
console.log(
  [
    `functions over ${LIMIT} lines in src/${relative(root, folder)}: ${found.length}`,
    ...show(found),
    `route handlers over ${LIMIT} lines: ${handlers.length}`,
    ...show(handlers),
  ].join('\n'),
);
