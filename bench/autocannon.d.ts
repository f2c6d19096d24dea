// autocannon ships no types; this covers the part the benchmark uses.
declare module 'autocannon' {
  /** One request of a client's sequence; setupRequest and onResponse get the client's context. */
  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  }

  /** One connection. */
  export interface Client {
    setRequests(requests: Request[]): void;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** Called once for each connection as it is made. */
    setupClient?: (client: Client) => void;
    /** The sequence each connection sends, over and over. */
    requests?: Request[];
  }

  export interface Statistics {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Result {
    /** Seconds the run actually took. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    requests: Statistics & { sent: number };
    latency: Statistics;
    throughput: Statistics;
  }

  export interface Instance extends PromiseLike<Result> {
    stop(): void;
    on(event: 'response', listener: (client: unknown, statusCode: number, responseBytes: number, responseTimeMs: number) => void): this;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
