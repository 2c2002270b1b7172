/** A throwaway PostgreSQL cluster on a free port; `stop` removes it. */
export function startThrowawayPostgres(purpose: string): Promise<{ url: string; port: number; stop(): void }>;
