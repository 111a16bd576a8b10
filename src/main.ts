// The top of the import graph: bin/silkpress.js runs `runCli` from here. It loads only what the
// command given needs: the command tree (src/cli/program.ts) registers every command without
// loading what they run, and the server (src/server.ts) is loaded when `start` runs, so
// `silkpress --help` or `silkpress user list` never loads the web app (docs/testing.md).
import cluster from 'node:cluster';
import type { ServerEntry } from './cli/server-entry.ts';

/** The server entry (src/server.ts), loaded when the `start` command runs. */
async function loadServer(): Promise<ServerEntry> {
  return (await import('./server.ts')).serverEntry;
}

/**
 * Runs the `silkpress` command with `argv` (process.argv shape); bin/silkpress.js calls this. A
 * cluster worker (forked by `start`) goes straight to serving: the command tree, commander and
 * every other command stay unloaded, some 2 MB less in each worker's heap (docs/scaling.md).
 */
export async function runCli(argv: string[]): Promise<void> {
  if (cluster.isWorker) {
    const { ConfigError, loadConfig } = await import('./config.ts');
    try {
      const { startClusterWorker } = await import('./cli/serve.ts');
      await startClusterWorker(loadConfig(process.env), await loadServer());
    } catch (err) {
      // As runProgram reports it; the primary sees the worker exit and says so.
      console.error(err instanceof ConfigError ? err.message : err);
      process.exitCode = err instanceof ConfigError ? 2 : 1;
    }
    return;
  }
  const { runProgram } = await import('./cli/program.ts');
  return runProgram(argv, loadServer);
}
