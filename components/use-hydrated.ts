import { useSyncExternalStore } from 'react';

/*
 * For client components only. These read values that exist only in the browser without an effect
 * (no extra render, no hydration mismatch): the server and the hydration pass see `serverValue`,
 * every render after that sees the browser's value. Nothing is subscribed to, because none of
 * these values change while the page is open.
 */
const subscribeNever = () => () => {};
const inBrowser = () => true;

/** A value only the browser knows (the URL, the window), read once the page has hydrated. */
export function useBrowserValue<T extends string | number | boolean | null>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(subscribeNever, read, () => serverValue);
}

/** False on the server and during hydration, true afterwards: the no-JavaScript markup is the baseline. */
export function useHydrated(): boolean {
  return useBrowserValue(inBrowser, false);
}
