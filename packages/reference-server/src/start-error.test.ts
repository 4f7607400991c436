import { describe, expect, it } from 'vitest';
import { explainStartError, StartError } from './start-error.js';

const context = { port: 4000, dataDir: '/srv/grantkit', databaseUrl: 'postgres://app:hunter2@db.internal:6543/grantkit' };
const fail = (props: Record<string, unknown>, message = 'boom') => Object.assign(new Error(message), props);

describe('explainStartError', () => {
  it.each([
    ['listen', fail({ code: 'EADDRINUSE' }), 'Port 4000 is in use: set PORT to a free port (or stop what is using it).'],
    ['listen', fail({ code: 'EACCES' }), 'Port 4000 needs privileges this process lacks: set PORT to 1024 or above.'],
    ['database', fail({ code: 'ECONNREFUSED' }), 'Cannot reach PostgreSQL at db.internal:6543/grantkit (ECONNREFUSED): check the host and port in DATABASE_URL and that the database server is running.'],
    ['database', fail({ code: 'ENOTFOUND' }), 'Cannot reach PostgreSQL at db.internal:6543/grantkit (ENOTFOUND): check the host and port in DATABASE_URL and that the database server is running.'],
    ['database', fail({ code: '28P01' }, 'password authentication failed for user "app"'), 'PostgreSQL at db.internal:6543/grantkit refused the login (password authentication failed for user "app"): check the user and password in DATABASE_URL.'],
    ['database', fail({ code: '3D000' }, 'database "grantkit" does not exist'), 'PostgreSQL at db.internal:6543/grantkit: database "grantkit" does not exist: create it or fix the database name in DATABASE_URL.'],
    ['database', fail({ code: 'EACCES', path: '/srv/grantkit/pgdata' }), 'Cannot write the data directory /srv/grantkit (EACCES on /srv/grantkit/pgdata): set GRANTKIT_DATA_DIR to a writable directory.'],
    ['database', fail({ code: 'ENOSPC', path: '/srv/grantkit/pgdata' }), 'The disk holding /srv/grantkit is full: free space or set GRANTKIT_DATA_DIR to another disk.'],
  ] as const)('%s %o', (phase, error, line) => {
    const explained = explainStartError(error, phase, context);
    expect(explained).toBeInstanceOf(StartError);
    expect(explained.message).toBe(line);
    expect(explained.cause).toBe(error);
  });

  it('never prints the password of DATABASE_URL, and keeps unknown failures to their first line', () => {
    const explained = explainStartError(fail({}, 'self-signed certificate\n    at TLSSocket…'), 'database', context);
    expect(explained.message).toBe('Could not open PostgreSQL at db.internal:6543/grantkit (self-signed certificate): check DATABASE_URL.');
    expect(explained.message).not.toContain('hunter2');
    const embedded = explainStartError(fail({}, 'Aborted()\nstack'), 'database', { ...context, databaseUrl: undefined });
    expect(embedded.message).toBe('Could not open the embedded database in /srv/grantkit (Aborted()): set GRANTKIT_DATA_DIR to a writable directory, or DATABASE_URL.');
  });
});
