/** The reference server's public URL, set by vite.config.ts from GRANTKIT_URL. */
declare const __GRANTKIT_URL__: string;
