import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, flushStdoutLines, stdoutLines } from './logger.js';

function capture(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const log = createLogger({ level, write: (l) => lines.push(l) });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON line per call with time, level, message and fields', () => {
    const { log, parsed } = capture();
    log.info('request', { status: 200, path: '/oauth/token' });
    const [line] = parsed();
    expect(line).toMatchObject({ level: 'info', msg: 'request', status: 200, path: '/oauth/token' });
    expect(Number.isNaN(Date.parse(line!.time as string))).toBe(false);
  });

  it('drops lines below its level', () => {
    const { log, parsed } = capture('warn');
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(parsed().map((l) => l.msg)).toEqual(['c', 'd']);
  });

  it('redacts secrets in fields and in child fields, at any depth', () => {
    const { log, lines } = capture();
    const child = log.child({ request_id: 'r1', client_secret: 'gks_base' });
    child.info('x', { body: { password: 'hunter2', nested: [{ access_token: 'eyJ' }] }, Authorization: 'Basic abc', code: 'c0de' });
    const text = lines.join('\n');
    for (const secret of ['gks_base', 'hunter2', 'eyJ', 'Basic abc', 'c0de']) expect(text).not.toContain(secret);
    expect(JSON.parse(lines[0]!)).toMatchObject({ request_id: 'r1', client_secret: '[redacted]', code: '[redacted]' });
  });

  it('redacts the listed secret names whatever their case or separator', () => {
    const { log, parsed } = capture();
    log.info('x', { 'Set-Cookie': 'sid=1', Cookie: 'sid=2', refresh_token: 'r', session: 's', 'Proxy-Authorization': 'p' });
    expect(parsed()[0]).toMatchObject({ 'Set-Cookie': '[redacted]', Cookie: '[redacted]', refresh_token: '[redacted]', session: '[redacted]', 'Proxy-Authorization': '[redacted]' });
  });

  it('keeps harmless fields whose names merely contain a secret word', () => {
    const { log, parsed } = capture();
    log.info('x', { lookup_key: 'TZBV', session_count: 3, token_endpoint: '/oauth/token', passed: true, code_challenge_method: 'S256' });
    expect(parsed()[0]).toMatchObject({ lookup_key: 'TZBV', session_count: 3, token_endpoint: '/oauth/token', passed: true, code_challenge_method: 'S256' });
  });

  it('lets a field override a child field of the same name, and children do not leak into parents', () => {
    const { log, parsed } = capture();
    const child = log.child({ who: 'child', keep: 1 });
    child.info('one', { who: 'field' });
    log.info('two');
    expect(parsed()[0]).toMatchObject({ who: 'field', keep: 1 });
    expect(parsed()[1]).not.toHaveProperty('keep');
  });

  it('logs an error as its name and message, without the stack', () => {
    const { log, parsed } = capture();
    log.error('failed', { error: new TypeError('boom') });
    expect(parsed()[0]!.error).toEqual({ name: 'TypeError', message: 'boom' });
  });
});

describe('stdoutLines (the default writer)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('batches lines into one stdout write per event-loop turn, in order', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    stdoutLines('{"n":1}');
    stdoutLines('{"n":2}');
    expect(write).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('{"n":1}\n{"n":2}\n');
  });

  it('writes pending lines when flushed (as on process exit)', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    stdoutLines('{"last":true}');
    flushStdoutLines();
    expect(write).toHaveBeenCalledWith('{"last":true}\n');
    flushStdoutLines();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('does not hold an unbounded backlog when the event loop is busy', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    for (let i = 0; i < 600; i++) stdoutLines(`{"i":${i}}`);
    expect(write).toHaveBeenCalledTimes(1);
    flushStdoutLines();
    const written = write.mock.calls.map((c) => c[0] as string).join('');
    expect(written.trim().split('\n')).toHaveLength(600);
  });
});
