import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lifecycleLogger, resolveLogFormat } from './logging.ts';

function sink() {
  const out: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString());
      done();
    },
  });
  return { out, destination };
}

describe('logging', () => {
  it('is JSON unless a person watches a terminal', () => {
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
  });

  it('writes one JSON object per line, with credentials redacted', () => {
    const { out, destination } = sink();
    const logger = createLogger({ level: 'info', format: 'json', stdoutIsTty: false, destination });
    logger.info({ req: { headers: { cookie: 'sid=secret' } } }, 'hello');
    const line = JSON.parse(out.join('').trim());
    expect(line).toMatchObject({ level: 30, msg: 'hello', req: { headers: { cookie: '[Redacted]' } } });
  });

  it('writes readable lines in the pretty format', () => {
    const { out, destination } = sink();
    const logger = createLogger({ level: 'info', format: 'pretty', stdoutIsTty: false, destination });
    logger.info({ reqId: 'r-1' }, 'hello there');
    const text = out.join('');
    expect(text).toMatch(/INFO.*hello there/);
    expect(text).toContain('reqId: "r-1"');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('writes lifecycle lines even when LOG_LEVEL silences the rest', () => {
    const { out, destination } = sink();
    const logger = createLogger({ level: 'silent', format: 'json', stdoutIsTty: false, destination });
    logger.info('not written');
    lifecycleLogger(logger).info('Silkpress is running');
    expect(out.join('')).not.toContain('not written');
    expect(out.join('')).toContain('Silkpress is running');
  });
});
