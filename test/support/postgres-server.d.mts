export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres (superuser, trust authentication, loopback only). */
  url: string;
  port: number;
  /** From the call to accepting connections (initdb included). */
  startupMs: number;
  /** Fast shutdown, then the data directory is removed. */
  stop(): Promise<void>;
}

export function startPostgres(options?: { log?: (line: string) => void }): Promise<PostgresServer>;
