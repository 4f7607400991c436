/** grantkit's real server on its embedded store (PGlite); see grantkit-server.ts. */
import { startGrantkitTarget } from './grantkit-server.js';

await startGrantkitTarget('pglite');
