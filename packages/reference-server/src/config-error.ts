/**
 * @module config-error
 * A configuration value that cannot be used; its own module so config.ts and the mail settings
 * it composes (mail/config.ts) do not import each other.
 */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}
