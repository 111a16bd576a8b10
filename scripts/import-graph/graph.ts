// Reads every module under src/ (tests excluded) and the relative imports between them, static and
// dynamic, type-only included: a type import still couples the two files.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import edge between two files, as paths relative to src/. */
export interface Edge {
  from: string;
  to: string;
}

/** An import of a package or a Node built-in (`saxes`, `node:fs`), by the file importing it. */
export interface ExternalImport {
  from: string;
  spec: string;
}

/** The files of src/ and the imports between them (and, when read from disk, of packages). */
export interface ImportGraph {
  files: string[];
  edges: Edge[];
  externals?: ExternalImport[];
}

function listModules(dir: string, base: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) listModules(full, base, out);
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(relative(base, full).split(sep).join('/'));
    }
  }
}

/** Builds the graph of src/ (every `.ts` module but tests). */
export function readImportGraph(srcDir: string): ImportGraph {
  const files: string[] = [];
  listModules(srcDir, srcDir, files);
  files.sort();
  const known = new Set(files);
  const edges: Edge[] = [];
  const externals: ExternalImport[] = [];
  for (const file of files) {
    const text = readFileSync(join(srcDir, file), 'utf8');
    const info = ts.preProcessFile(text, true, true);
    for (const imported of info.importedFiles) {
      const spec = imported.fileName;
      if (!spec.startsWith('.')) {
        externals.push({ from: file, spec });
        continue;
      }
      const target = relative(srcDir, resolve(dirname(join(srcDir, file)), spec))
        .split(sep)
        .join('/')
        .replace(/\.js$/, '.ts');
      if (known.has(target)) edges.push({ from: file, to: target });
    }
  }
  return { files, edges, externals };
}

/** The top-level part of a path under src/: its first folder, or the file itself at the root. */
export function partOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** The second-level folder of a path (`http/admin/x.ts` → `admin`), or '' for a file at the top. */
export function subPartOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? (parts[1] ?? '') : '';
}

/** Strongly connected components with more than one node (circles), by Tarjan's algorithm. */
export function circles(nodes: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const n of nodes) next.set(n, []);
  for (const e of edges) if (e.from !== e.to) next.get(e.from)?.push(e.to);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  // Iterative, so a long import chain cannot overflow the call stack.
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; i: number }> = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const succ = next.get(top.node) ?? [];
      if (top.i < succ.length) {
        const w = succ[top.i++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== top.node);
        if (component.length > 1) found.push(component.sort());
      }
    }
  }
  return found;
}
