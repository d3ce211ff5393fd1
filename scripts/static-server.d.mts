// Types for the static host stand-in, so TypeScript tests can start one.
export interface StaticServer {
  /** Without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startStaticServer(options: { root: string; port?: number; host?: string | null; cacheControl?: string }): Promise<StaticServer>;
