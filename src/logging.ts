// The process's logger, built once by the composition root: one JSON object per line (for log
// shippers: journald, Docker, Loki, CloudWatch…), or readable coloured lines when a person
// watches a terminal. LOG_FORMAT=auto picks JSON unless stdout is a terminal.
import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.ts';

/** What createLogger needs to know. */
export interface LoggerOptions {
  level: Config['logLevel'];
  format: Config['logFormat'];
  /** Whether stdout is a terminal (decides `auto`). */
  stdoutIsTty: boolean;
  /** Where lines go (default: stdout). Tests pass a stream. */
  destination?: DestinationStream;
}

/** Fields never written at any level (cookies, credentials, a commenter's email). */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.body.email',
  'req.body.password',
];

/** `json` or `pretty`, resolving `auto` from the terminal. */
export function resolveLogFormat(format: Config['logFormat'], stdoutIsTty: boolean): 'json' | 'pretty' {
  if (format === 'auto') return stdoutIsTty ? 'pretty' : 'json';
  return format;
}

/** A pino logger writing JSON lines, or pretty lines through pino-pretty (loaded only then). */
export function createLogger(options: LoggerOptions): Logger {
  const format = resolveLogFormat(options.format, options.stdoutIsTty);
  const base = { level: options.level, redact: REDACTED_PATHS };
  if (format === 'json') {
    return options.destination ? pino(base, options.destination) : pino(base);
  }
  // pino-pretty as a stream in this thread (not a transport worker): lines come out in order
  // with everything else the process writes, and nothing is lost at exit.
  const pretty = createRequire(import.meta.url)('pino-pretty') as (opts: object) => DestinationStream;
  return pino(
    base,
    pretty({
      colorize: options.stdoutIsTty,
      sync: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
      ...(options.destination ? { destination: options.destination } : {}),
    }),
  );
}

/**
 * The logger for the process's own lifecycle lines (listening, shutting down, stopped): written
 * at every LOG_LEVEL, since an operator always needs to know where the site is and why it went.
 */
export function lifecycleLogger(logger: Logger): Logger {
  return logger.child({}, { level: 'info' });
}

/**
 * Sends what the process itself would print as plain text through the logger: Node's warnings,
 * and a crash (uncaught exception or unhandled rejection, logged as fatal before exiting 1).
 */
export function logProcessEvents(logger: Logger, exit: (code: number) => void = process.exit): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn({ err: warning }, warning.message));
  const crash = (err: unknown, kind: string) => {
    logger.fatal({ err }, `${kind}: the process stops`);
    exit(1);
  };
  process.on('uncaughtException', (err) => crash(err, 'uncaught exception'));
  process.on('unhandledRejection', (reason) => crash(reason, 'unhandled rejection'));
}
