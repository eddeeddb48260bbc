/**
 * argon2id parameters: OWASP's recommended minimum (19 MiB of memory, 2 iterations, 1 lane). Shared by
 * the API and the demo data so that demo users log in at the same cost as real ones.
 */
export const passwordHashParameters = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
