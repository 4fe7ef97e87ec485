/** The hash of the web app's sources at `webDir` and of the workspace lockfile `lockfile`. */
export function webSourcesHash(webDir: string, lockfile: string): string;
/** True when `distDir` holds a complete build made from sources hashing to `hash`. */
export function isBuildCurrent(distDir: string, hash: string): boolean;
/** Records, after a successful build into `distDir`, the hash of the sources it was made from. */
export function writeBuildStamp(distDir: string, hash: string): void;
