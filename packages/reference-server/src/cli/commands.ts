/**
 * @module cli/commands
 * The list of CLI commands. Add a command by adding its module here.
 */
import type { Command } from './command.js';
import { migrateCommand } from './migrate.js';
import { organisationCommands } from './organisation.js';
import { seedCommand } from './seed.js';
import { serveCommand } from './serve.js';
import { keysRotateCommand } from './keys.js';
import { serviceAccountCreateCommand } from './service-account.js';

export const commands: Command[] = [serveCommand, migrateCommand, serviceAccountCreateCommand, keysRotateCommand, seedCommand, ...organisationCommands];
