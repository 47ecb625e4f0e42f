// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Feedback } from '../../components/feedback/Feedback';

/** The HTML the static page ships: what a reader without JavaScript gets. */
function serverHtml(page: string): Document {
  const html = renderToString(<Feedback page={page} />);
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('the feedback widget as rendered on the server', () => {
  const doc = serverHtml('/setup/thunderbird/imap');
  const form = doc.querySelector('form');

  it('is a form that posts to the feedback API with the page’s own path', () => {
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/api/feedback');
    const page = form?.querySelector<HTMLInputElement>('input[type=hidden][name=page]');
    expect(page?.value).toBe('/setup/thunderbird/imap');
  });

  it('asks "Was this helpful?" with Yes and No, grouped under the question', () => {
    const heading = doc.querySelector('h2');
    expect(heading?.textContent).toBe('Was this helpful?');
    const group = doc.querySelector('[role=group]');
    expect(group?.getAttribute('aria-labelledby')).toBe(heading?.id);
    const yes = group?.querySelector<HTMLButtonElement>('button[name=vote][value=yes]');
    expect(yes?.type).toBe('submit');
    expect(yes?.textContent).toBe('Yes');
    expect(group?.querySelector('details > summary')?.textContent).toBe('No');
  });

  it('offers the optional comment after No, limited to 1,000 characters, sent with the no vote', () => {
    const details = doc.querySelector('details');
    const textarea = details?.querySelector('textarea');
    expect(textarea?.getAttribute('name')).toBe('comment');
    expect(textarea?.getAttribute('maxlength')).toBe('1000');
    const label = doc.querySelector(`label[for="${textarea?.id}"]`);
    expect(label?.textContent).toBe('What were you looking for? (optional)');
    expect(doc.getElementById(textarea?.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Up to 1,000 characters.');
    expect(details?.querySelector<HTMLButtonElement>('button[name=vote][value=no]')?.textContent).toBe('Send feedback');
  });

  it('ships the thank-you hidden, shown by CSS when the redirect targets #feedback-thanks', () => {
    const thanks = doc.getElementById('feedback-thanks');
    expect(thanks?.textContent).toContain('Thank you for your feedback.');
    expect(thanks?.className).toMatch(/(^| )hidden( |$)/);
    expect(thanks?.className).toContain('target:block');
    expect(form?.className).toContain('group-has-[#feedback-thanks:target]/feedback:hidden');
  });

  it('has an empty live region ready to announce the thank-you', () => {
    const status = doc.querySelector('[role=status]');
    expect(status).not.toBeNull();
    expect(status?.textContent).toBe('');
  });
});
