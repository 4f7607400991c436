/**
 * @module
 * Where the test Vite (stack.ts) lets a test move the server's clock: `POST` with
 * `{"offset_ms": n}` sets it `n` ms ahead of real time, `0` puts it back. A request's expiry can
 * then be tested without waiting for its TTL.
 */
export const CLOCK_PATH = '/__e2e/clock';
