/** `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: () => string;
/** Launch flags that work as root in a closed network. */
export declare const CHROMIUM_ARGS: string[];
