// A process and every process it started (Linux /proc): `silkpress start` with WORKERS > 1 is a
// primary that serves nothing and one worker per core, and nginx a master and its workers, so
// their CPU time and memory are those of the whole tree.
import { readdir, readFile } from 'node:fs/promises';

/** `pid` and its descendants, parents first; [] when /proc is unavailable or it is gone. */
export async function processTree(pid: number): Promise<number[]> {
  const seen: number[] = [];
  const visit = async (p: number): Promise<void> => {
    let tasks: string[];
    try {
      tasks = await readdir(`/proc/${p}/task`);
    } catch {
      return;
    }
    seen.push(p);
    for (const task of tasks) {
      let children = '';
      try {
        children = await readFile(`/proc/${p}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean)) await visit(Number(child));
    }
  };
  await visit(pid);
  return seen;
}
