/** grantkit's real server on the production store (the PostgreSQL of DATABASE_URL); see grantkit-server.ts. */
import { startGrantkitTarget } from './grantkit-server.js';

await startGrantkitTarget('postgres');
