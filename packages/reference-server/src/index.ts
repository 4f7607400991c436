/**
 * @module @grantkit/reference-server
 * The reference server as a library: `createServer({ config })` returns the Hono app (it never
 * listens), `loadConfig()` reads the environment.
 */
export { createServer, openDatabase, type GrantkitServer, type CreateServerOptions } from './server.js';
export { createApp, type GrantkitApp } from './http/app.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { createLogger, type Logger } from './logger.js';
export type { AppDeps } from './http/context.js';
