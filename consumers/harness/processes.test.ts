import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { strangerEnv } from './processes.js';

test("a stranger's environment has no repository bins, npm run settings or server settings", () => {
  const repoBin = resolve(import.meta.dirname, '../../node_modules/.bin');
  const env = strangerEnv({
    PATH: `${repoBin}:/usr/local/bin:/usr/bin`,
    HOME: '/root',
    npm_config_local_prefix: '/work/main',
    npm_lifecycle_event: 'test:packed',
    INIT_CWD: '/work/main',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
    GRANTKIT_SECRET: 'x',
    PORT: '4000',
    CHROME_PATH: '/usr/bin/chromium',
  });
  assert.deepEqual(env, { PATH: '/usr/local/bin:/usr/bin', HOME: '/root', CHROME_PATH: '/usr/bin/chromium' });
});
