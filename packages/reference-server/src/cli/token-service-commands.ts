/**
 * @module cli/token-service-commands
 * Issue 6's commands, registered together by cli/commands.ts.
 */
export { keysRotateCommand } from './keys.js';
export { serviceAccountCreateCommand } from './service-account.js';
