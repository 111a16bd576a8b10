// The physical limit for a page's bytes on this machine: nginx (Debian's nginx-light) serving
// them as a static file on loopback, one worker process per core, started and stopped by the
// bench. Silkpress is reported as a fraction of it (issue 17, "measure against the limit").
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, stopChild } from './child-server.ts';
import { readServerMemory } from './proc-memory.ts';

/** The nginx binary, or null (with the reason) when it is not installed. */
export function findNginx(): { path: string } | { missing: string } {
  for (const path of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    const probe = spawnSync(path, ['-v'], { stdio: 'ignore' });
    if (probe.status === 0) return { path };
  }
  return {
    missing: 'nginx is not installed (Debian: apt-get install nginx-light); the nginx row is skipped',
  };
}

/** A free loopback port (nginx cannot listen on port 0 and report the port). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts nginx answering every GET with the file `body` (as text/html, with the Content-Length,
 * ETag and Last-Modified nginx sends for static files), from a temporary directory of its own
 * (configuration, logs, pid file; readable by the unprivileged user nginx's workers run as when
 * it is started by root), removed when it stops.
 */
export async function startNginx(
  nginx: string,
  body: Buffer,
  workers = availableParallelism(),
): Promise<ChildServer> {
  const dir = mkdtempSync(join(tmpdir(), 'silkpress-bench-nginx-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'root'), { recursive: true, mode: 0o755 });
  mkdirSync(join(dir, 'temp'), { recursive: true });
  writeFileSync(join(dir, 'root', 'page.html'), body, { mode: 0o644 });
  const port = await freePort();
  const temp = join(dir, 'temp');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `worker_processes ${workers};`,
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      '  sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_requests 1000000;',
      `  client_body_temp_path ${temp}; proxy_temp_path ${temp}; fastcgi_temp_path ${temp};`,
      `  uwsgi_temp_path ${temp}; scgi_temp_path ${temp};`,
      `  server { listen 127.0.0.1:${port}; root ${join(dir, 'root')};`,
      '    default_type text/html; charset utf-8;',
      '    location / { try_files /page.html =404; } }',
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start nginx');
  const url = `http://127.0.0.1:${port}`;
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  let last = '';
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}: ${errorLog()}`);
    try {
      const res = await fetch(`${url}/`, { headers: { 'accept-encoding': 'identity' } });
      const length = (await res.arrayBuffer()).byteLength;
      if (res.status === 200 && length === body.length) break;
      last = `${res.status}, ${length} bytes instead of ${body.length}`;
    } catch (err) {
      last = String(err); // not listening yet
    }
    if (tries > 200) throw new Error(`nginx did not answer in time (${last}): ${errorLog()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    pid,
    url,
    memory: () => readServerMemory(pid),
    async stop() {
      await stopChild(child, 'SIGQUIT'); // nginx's graceful shutdown
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
