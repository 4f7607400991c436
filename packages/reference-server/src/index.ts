/**
 * @module @grantkit/reference-server
 * The reference server as a library: `loadConfig()` reads the environment, `createServer({ config })`
 * opens and migrates the database and returns the Hono app (it never listens), and
 * `listen(server)` serves it on Node's HTTP server and owns the shutdown. Start failures an
 * operator can fix are `ConfigError` or `StartError`, each one line naming what to change.
 */
export { createServer, openDatabase, type GrantkitServer, type CreateServerOptions } from './server.js';
export { createApp, type GrantkitApp } from './http/app.js';
export { loadConfig, ConfigError, type Config, type LoadConfigOptions } from './config.js';
export { listen, type ListenOptions, type ListeningServer } from './listen.js';
export { StartError } from './start-error.js';
export { createLogger, type Logger } from './logger.js';
export type { AppDeps } from './http/context.js';
