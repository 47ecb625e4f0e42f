import { describe, expect, it } from 'vitest';
import { publishedPagePaths } from '../../lib/feedback/pages';
import { feedbackApiHref, feedbackThanksHref } from '../../lib/routes';

describe('publishedPagePaths', () => {
  it('lists every article and both protocol pages of every setup guide', () => {
    const paths = publishedPagePaths({ articles: [{ slug: 'webmail' }, { slug: 'mailbox-full' }], clients: [{ id: 'thunderbird' }] });
    expect([...paths].sort()).toEqual(['/articles/mailbox-full', '/articles/webmail', '/setup/thunderbird/imap', '/setup/thunderbird/pop3']);
  });
});

describe('feedback URLs', () => {
  it('asks the API for one page’s counts with the path encoded', () => {
    expect(feedbackApiHref()).toBe('/api/feedback');
    expect(feedbackApiHref('/articles/webmail')).toBe('/api/feedback?page=%2Farticles%2Fwebmail');
  });

  it('sends a form vote back to the thank-you on the same page', () => {
    expect(feedbackThanksHref('/setup/thunderbird/imap')).toBe('/setup/thunderbird/imap?feedback=thanks#feedback-thanks');
  });
});
