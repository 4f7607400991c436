/** The server's GRANTKIT_PLATFORM_* and GRANTKIT_THEME settings for the Voltgrid demo. */
export declare const platformBrandEnv: Readonly<Record<'GRANTKIT_PLATFORM_NAME' | 'GRANTKIT_PLATFORM_LOGO_URL' | 'GRANTKIT_THEME', string>>;
