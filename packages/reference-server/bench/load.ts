/**
 * @module bench/load
 * Runs autocannon against a token endpoint: a warm-up whose numbers are discarded, then the
 * measured run, with the same body, auth method and concurrency for every target.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly seconds: number;
  /** Path of the token endpoint (default /oauth/token). */
  readonly path?: string;
  /** Called between the warm-up and the measured run. */
  readonly afterWarmup?: () => void;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly total: number;
}

function run(options: LoadOptions, seconds: number): Promise<autocannon.Result> {
  const auth = 'Basic ' + Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64');
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url + (options.path ?? '/oauth/token'),
        method: 'POST',
        connections: options.connections,
        duration: seconds,
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&scope=installation%3Aread',
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

export async function measure(options: LoadOptions): Promise<LoadResult> {
  await run(options, options.warmupSeconds);
  options.afterWarmup?.();
  const r = await run(options, options.seconds);
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}
