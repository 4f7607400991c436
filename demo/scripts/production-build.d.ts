/** demo/dist: the production build `npm start` and the end-to-end tests serve. */
export declare const DEMO_DIST: string;
/** SHA-256 of everything that goes into the production build. */
export declare function inputsHash(): Promise<string>;
/** Builds demo/dist unless it was built from the same inputs; resolves to whether it built. */
export declare function ensureProductionBuild(log?: (line: string) => void): Promise<boolean>;
