// What the `start` command runs, as types: the server entry (src/server.ts) is handed down to the
// CLI by src/main.ts, so the CLI never imports it.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Services } from '../compose/index.ts';
import type { Config } from '../config.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  /** The process's logger (JSON lines or pretty, per LOG_FORMAT). */
  logger: Logger;
  /** The public address (SITE_URL, with the actual port when PORT is 0). */
  url: string;
  /** The address the server listens on. */
  listening: string;
  /**
   * Stops gracefully: no new connections, requests in flight answered, background jobs finished
   * and stopped, the database closed. Safe to call more than once.
   */
  stop(): Promise<void>;
}

/** Options of `silkpress start`. */
export interface StartOptions {
  /** Load demo content into an empty site (default true). */
  demo?: boolean;
  /** The logger (default: built from LOG_LEVEL and LOG_FORMAT, writing to stdout). */
  logger?: Logger;
  /**
   * Run the background jobs in this process (default true). A worker of a cluster that is not
   * the jobs worker serves requests only.
   */
  jobs?: boolean;
  /**
   * Run SQLite's background checkpoints in this process (default true). A cluster's workers
   * leave them to the primary (`startSharedDuties`).
   */
  walCheckpoints?: boolean;
}

/** What `start` runs: the server entry (src/server.ts), handed down so the CLI never imports it. */
export interface ServerEntry {
  /** Migrates, loads the demo on first run, listens, starts the jobs. */
  startServer(config: Config, options?: StartOptions): Promise<RunningServer>;
  /** A cluster primary's preparation: migrate, load the demo once, tell whether an owner exists. */
  prepareSite(config: Config, options: { demo?: boolean; logger: Logger }): Promise<{ ownerExists: boolean }>;
  /** What a cluster's primary runs for all its workers while they serve (SQLite's checkpoints). */
  startSharedDuties(config: Config, logger: Logger): { stop(): Promise<void> };
}
