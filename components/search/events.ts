/**
 * How the header's search field asks the search dialog to open (they are separate client leaves):
 * a window event carrying what the reader has typed so far.
 */
export const OPEN_SEARCH_EVENT = 'mailguide:open-search';

export interface OpenSearchDetail {
  query: string;
}

export function requestSearch(query: string): void {
  window.dispatchEvent(new CustomEvent<OpenSearchDetail>(OPEN_SEARCH_EVENT, { detail: { query } }));
}
