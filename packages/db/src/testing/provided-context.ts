// What the integration tier's global setup hands to every test through inject().
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseMode: 'server' | 'pglite';
    serverUrl: string;
  }
}

export {};
