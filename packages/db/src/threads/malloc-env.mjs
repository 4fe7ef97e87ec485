/**
 * glibc's allocator settings for a process that runs PGlite (the API): an allocation of 32 KB or
 * more gets pages of its own, given back when freed. V8's compilers (PGlite's WebAssembly is
 * compiled, then its hot functions again) allocate their work in 32 KB segments from per-thread
 * arenas that glibc never trims: the API kept 60–130 MB of such freed memory, varying with when
 * the compilations ran. Measured (PGlite alone after opening a folder and 20 queries): 146–159 MB
 * against 195–232; SQL CPU time unchanged (11.9–12.2 ms against 11.7–12.9 a round of queries);
 * 16 KB cost ~15% of CPU. Read by glibc at start, so it goes in the environment of the process
 * to start; ignored by other C libraries.
 */
const SETTING = "glibc.malloc.mmap_threshold=32768";

/**
 * `env` with GLIBC_TUNABLES holding the setting above, unless it already sets an mmap threshold.
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string | undefined>}
 */
export function withMallocSettings(env) {
  const current = env.GLIBC_TUNABLES ?? "";
  if (current.includes("glibc.malloc.mmap_threshold")) return env;
  return { ...env, GLIBC_TUNABLES: current ? `${current}:${SETTING}` : SETTING };
}
