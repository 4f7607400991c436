/** Every tag the define entry registers has React JSX props in `@grantkit/elements/react`. */
import '@grantkit/elements/define';
import type { GkIntrinsicElements } from '@grantkit/elements/react';

type Missing = Exclude<Extract<keyof HTMLElementTagNameMap, `gk-${string}`>, keyof GkIntrinsicElements>;
type Extra = Exclude<keyof GkIntrinsicElements, keyof HTMLElementTagNameMap>;
export const everyTag: [Missing | Extra] extends [never] ? true : Missing | Extra = true;
