// Composition root of the server: parse config → open db → build app → listen (DESIGN.md §3.1).
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { openServices, publishingDeps, type Services } from './compose.ts';
import { loadDemoContent } from './content/load-demo.ts';
import { buildApp } from './http/app.ts';
import { startJobs } from './jobs/runner.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  /** The public address (SITE_URL, with the actual port when PORT is 0). */
  url: string;
  /** The address the server listens on. */
  listening: string;
  stop(): Promise<void>;
}

/** Options of `silkpress start`. */
export interface StartOptions {
  /** Load demo content into an empty site (default true). */
  demo?: boolean;
  log?: (line: string) => void;
}

/** Starts Silkpress: migrates, loads the demo on first run, listens. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const services = await openServices(config, {
    onConnectionError: (err) =>
      log(`database connection: ${err instanceof Error ? err.message : String(err)}`),
  });
  try {
    if (options.demo !== false) {
      const demo = await loadDemoContent(publishingDeps(services.deps));
      if (demo.loaded)
        log(`First run: loaded demo content (${demo.articles} articles, ${demo.pages} pages).`);
    }
    const app = await buildApp(services.deps, { trustProxy: config.trustProxy });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.port === 0 ? config.siteUrl.replace(/:0$/, `:${port}`) : config.siteUrl;
    const host = typeof address === 'object' && address ? address.address : config.host;
    const listening = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const jobs = startJobs(services.jobs, (job, err) => app.log.error({ err, job }, 'background job failed'));
    void jobs.runAll();
    let stopped = false;
    return {
      app,
      services,
      url,
      listening,
      async stop() {
        if (stopped) return;
        stopped = true;
        await jobs.stop();
        await app.close();
        await services.close();
      },
    };
  } catch (err) {
    await services.close();
    throw err;
  }
}
