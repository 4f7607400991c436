/**
 * @module
 * English: the strings every element shares (loaded beside an element's own, see
 * ../catalogue.ts).
 */
import { formatDate } from '../format.js';

/** Strings every element shares. */
export interface CommonStrings {
  readonly loading: string;
  readonly retry: string;
  readonly cancel: string;
  readonly group: string;
  readonly lookupKey: (key: string) => string;
  readonly networkError: string;
  readonly serverError: string;
  readonly sessionExpired: string;
  readonly date: (iso: string) => string;
}

const common: CommonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  group: 'Group',
  lookupKey: (key) => `Lookup key ${key}`,
  networkError: 'Could not reach the server. Check your connection and try again.',
  serverError: 'Something went wrong on our side. Please try again in a moment.',
  sessionExpired: 'Your session has ended. Log in again to continue.',
  date: (iso) => formatDate('en', iso),
};

export default common;
