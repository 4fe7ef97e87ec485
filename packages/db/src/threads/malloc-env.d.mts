/** `env` with GLIBC_TUNABLES asking glibc to map allocations of 32 KB or more on their own (see
 * malloc-env.mjs), unless it already sets an mmap threshold. */
export function withMallocSettings<T extends Record<string, string | undefined>>(env: T): T;
