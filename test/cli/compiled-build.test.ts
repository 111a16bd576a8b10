// The production path: `npm run build` output run by bin/silkpress.js with no TypeScript loader.
// A copy of the command's layout (bin/, src/ linked, dist/ copied from the build the command
// tests share, node_modules linked) is started like `npm start` does it, and serves the site;
// without a current build, SILKPRESS_REQUIRE_BUILD=1 refuses to start instead of falling back to
// the sources. Building itself is checked once, by the rebuild of a stale build (one tsc run of
// about 10 s of CPU, where the file used to build twice).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledDist } from '../support/compiled-cli.ts';

const repo = resolve(import.meta.dirname, '../..');

function layout(dir: string): void {
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(repo, 'bin/silkpress.js'), join(dir, 'bin/silkpress.js'));
  copyFileSync(join(repo, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(repo, 'src'), join(dir, 'src'), 'dir');
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function env(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SILKPRESS_REQUIRE_BUILD: '1',
    DATABASE_URL: `sqlite:${join(dir, 'site.db')}`,
    MEDIA_DIR: join(dir, 'media'),
    HOST: '127.0.0.1',
    PORT: '0',
    SITE_URL: 'http://127.0.0.1:0',
    LOG_LEVEL: 'warn',
  };
}

describe('the compiled build', () => {
  let dir: string;
  let server: ChildProcess | null = null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-build-'));
    layout(dir);
  });
  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGKILL');
      await once(server, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without a build when a build is required', () => {
    const result = spawnSync(process.execPath, [join(dir, 'bin/silkpress.js'), 'start'], {
      env: env(dir),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build');
  });

  it('starts from a build without tsx, serves pages, and stops on SIGTERM', async () => {
    // The build the suite's command tests share (made by the same script, once per state of the
    // sources); the last test below builds afresh and checks what the build prints.
    cpSync(await compiledDist(), join(dir, 'dist'), { recursive: true });

    server = spawn(process.execPath, [join(dir, 'bin/silkpress.js'), 'start'], { env: env(dir) });
    let stdout = '';
    let stderr = '';
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL in time: ${stdout} ${stderr}`)), 60_000);
      server?.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
      server?.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    // The process runs compiled JavaScript only: no TypeScript loader was registered.
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    const articlePath = /href="(\/article\/[^"#?]+)"/.exec(homeHtml)?.[1];
    expect(articlePath).toBeDefined();
    const article = await fetch(`${url}${articlePath}`);
    expect(article.status).toBe(200);
    const articleHtml = await article.text();
    expect(articleHtml).toContain('Leave a Reply');
    // The stylesheet is read from a file copied beside the compiled modules.
    const cssPath = /<link rel="stylesheet" href="([^"]+)"/.exec(homeHtml)?.[1];
    expect(cssPath).toBeDefined();
    const css = await fetch(`${url}${cssPath}`);
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('{');
    expect((await fetch(`${url}/feed.xml`)).status).toBe(200);

    server.kill('SIGTERM');
    const [code] = (await once(server, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 120_000);

  it('imports a WordPress export with conversion workers, which load compiled modules too', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(dir, 'bin/silkpress.js'),
        'import',
        'wxr',
        join(repo, 'test/fixtures/wxr/small-export.xml'),
        '--workers',
        '2',
      ],
      { env: env(dir), encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).not.toMatch(/error|ERR_/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Import finished.');
    // A worker that cannot load its module is replaced by conversion on the main thread, which
    // the report would mention.
    expect(result.stdout).not.toContain('on the main thread');
  });

  it('keeps a build that matches the sources with --if-stale (npm start), and rebuilds a stale one', () => {
    const build = () =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(repo, 'scripts/build.ts'), '--out', join(dir, 'dist'), '--if-stale'],
        { encoding: 'utf8', timeout: 120_000 },
      );
    const marker = join(dir, 'dist', 'left-by-the-last-build');
    writeFileSync(marker, '');
    const kept = build();
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(/matches the sources, kept/);
    expect(existsSync(marker)).toBe(true);
    // A stamp older than the newest source: the sources changed since, so it builds again.
    const stampFile = join(dir, 'dist', 'build-stamp.json');
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { newestMtimeMs: number };
    writeFileSync(stampFile, JSON.stringify({ ...stamp, newestMtimeMs: stamp.newestMtimeMs - 1 }));
    const rebuilt = build();
    expect(rebuilt.stderr).toBe('');
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toMatch(/^build: \d+ source files/);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(dir, 'dist', 'main.js'))).toBe(true);
  }, 120_000);
});
