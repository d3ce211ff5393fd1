// Types for the static host stand-in, so TypeScript (the end-to-end tests) can import it.
export interface StaticServer {
  /** The server's origin, without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string | null;
  cacheControl?: string;
}): Promise<StaticServer>;
