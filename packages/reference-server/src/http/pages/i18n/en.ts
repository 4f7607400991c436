/**
 * @module http/pages/i18n/en
 * English: the reference catalogue of the server-rendered pages. Every other language implements
 * the same interface, so a missing message is a type error.
 */
import type { Locale } from '../../../domain/locales.js';

export interface PageMessages {
  /** BCP 47 tag for `<html lang>`, and the language of the consent card's copy. */
  readonly lang: Locale;
  readonly productName: string;
  readonly login: {
    readonly title: string;
    /** Names the platform the person signs in to. */
    readonly heading: (platform: string) => string;
    /** Shown when the login comes from an access request. */
    readonly requestIntro: (requester: string) => string;
    readonly email: string;
    readonly password: string;
    readonly submit: string;
    readonly invalidCredentials: string;
    readonly rateLimited: (seconds: number) => string;
    readonly missingFields: string;
  };
  /** The consent page's own copy; the card's copy is `@grantkit/elements/consent-strings`. */
  readonly consent: {
    readonly title: string;
    readonly expiresAt: (time: string) => string;
    readonly loggedInAs: (name: string) => string;
    readonly logout: string;
  };
  readonly receipt: {
    readonly title: string;
    readonly approved: (group: string, installation: string) => string;
    readonly denied: (group: string) => string;
    /** The person went back to the partner because it already had access. */
    readonly alreadyShared: (group: string) => string;
    /** The person went back to the partner without deciding. */
    readonly cancelled: (group: string) => string;
    readonly close: string;
    /** The link was opened again after it was answered (Back, or a reload). */
    readonly answeredTitle: string;
    readonly alreadyApproved: (group: string, installation: string) => string;
    readonly alreadyDenied: (group: string) => string;
    /** The request expired before anyone decided. */
    readonly expired: (group: string) => string;
    /** Beside "Back to {group}" on the expired page. */
    readonly startAgain: (group: string) => string;
  };
  /** An embedded consent frame (`display=embedded`): its return page and the frame guard's words. */
  readonly embedded: {
    readonly returning: (group: string) => string;
    /** Approve waits until the card has been fully visible for a moment (IntersectionObserver v2). */
    readonly waiting: string;
    /** Approve is held because the embedding page covers, hides, fades or transforms the frame. */
    readonly covered: string;
    /** The frame is below the minimum size. */
    readonly tooSmall: string;
  };
  readonly errors: {
    readonly title: string;
    readonly unknownLookupKey: (key: string) => string;
    readonly badRequestIntro: string;
    readonly fields: Readonly<Record<string, string>>;
    readonly expired: string;
    readonly decided: string;
    readonly notFound: string;
    readonly generic: string;
    readonly askPartner: string;
    /** The browser's 404 and 405 pages (http/not-found-page.ts). */
    readonly pageNotFoundTitle: string;
    readonly pageNotFound: string;
    readonly methodNotAllowedTitle: string;
    readonly methodNotAllowed: string;
    readonly home: string;
  };
}

const en: PageMessages = {
  lang: 'en',
  productName: 'grantkit',
  login: {
    title: 'Log in',
    heading: (platform) => `Log in to ${platform}`,
    requestIntro: (requester) => `${requester} is asking for access to one of your installations. Log in to review the request.`,
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    invalidCredentials: 'The email or password is not correct.',
    rateLimited: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
    missingFields: 'Enter your email and password.',
  },
  consent: {
    title: 'Access request',
    expiresAt: (time) => `This request expires at ${time}.`,
    loggedInAs: (name) => `Logged in as ${name}`,
    logout: 'Log out',
  },
  receipt: {
    title: 'Done',
    approved: (group, installation) => `Access approved: ${group} can now manage ${installation}.`,
    denied: (group) => `You denied the request from ${group}.`,
    alreadyShared: (group) => `You went back to ${group} without sharing: it already has access.`,
    cancelled: (group) => `You went back to ${group} without sharing anything.`,
    close: 'You can close this page.',
    answeredTitle: 'You already answered this request',
    alreadyApproved: (group, installation) => `You already shared ${installation} with ${group}.`,
    alreadyDenied: (group) => `You declined the request from ${group}. Nothing was shared.`,
    expired: (group) => `The request from ${group} expired before it was answered. Nothing was shared.`,
    startAgain: (group) => `Go back to ${group} to start again.`,
  },
  embedded: {
    returning: (group) => `Returning to ${group}…`,
    waiting: 'Approve becomes available once this request has been fully visible for a moment.',
    covered: 'Approve is paused: something on the page around this request covers, hides or changes it. Make sure it is fully visible.',
    tooSmall: 'This space is too small to show the request safely. Open it in its own window.',
  },
  errors: {
    title: 'This link cannot be used',
    unknownLookupKey: (key) => `No partner has the lookup key “${key}”. Check the link or ask the partner for a new one.`,
    badRequestIntro: 'The link that brought you here is not valid:',
    fields: {
      installation_id: 'The installation in the link is not a valid installation id.',
      locale: 'The language in the link is not supported (use en, fr, de, pt or nb).',
      return_url: 'The return address in the link is not one this partner has registered.',
      partner_name: 'The partner name in the link is too long.',
      show_existing: 'The show_existing value in the link must be true or false.',
      state: 'The state value in the link is too long.',
      code_challenge: 'The security challenge (code_challenge) in the link is not valid.',
      code_challenge_method: 'The security challenge method in the link is not supported (only S256).',
      display: 'The display value in the link is not supported (use page, popup or embedded).',
      'display.not_embeddable': 'This partner has not registered its site to show this request inside its own page. Open the link in its own window.',
    },
    expired: 'This access request has expired.',
    decided: 'This access request has already been answered.',
    notFound: 'This access request does not exist.',
    generic: 'Something went wrong. Please try again.',
    askPartner: 'Ask the partner to send you a new link.',
    pageNotFoundTitle: 'Page not found',
    pageNotFound: 'There is no page at this address. Check the link you followed.',
    methodNotAllowedTitle: 'This page cannot be used this way',
    methodNotAllowed: 'This address does not accept that kind of request. Go back and try again.',
    home: 'Go to the start page',
  },
};

export default en;
