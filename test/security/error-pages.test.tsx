import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../app/globals.css', () => ({}));
// In the browser global-error renders inside Next's app router (the header's search dialog uses it).
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: () => {}, replace: () => {}, prefetch: () => {}, back: () => {}, refresh: () => {} }) }));
vi.mock('next/link', () => ({ default: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a> }));

describe('the last-resort error page (app/global-error.tsx)', () => {
  it('renders a whole document with the header, search and a reference, never the error text', async () => {
    const { default: GlobalError } = await import('../../app/global-error');
    const error = Object.assign(new Error('db password hunter2 at /work/lib/x.ts'), { digest: '12345' });
    const html = renderToStaticMarkup(<GlobalError error={error} />);
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain('<body');
    expect(html).toContain('Something went wrong on our side');
    expect(html).toContain('role="search"');
    expect(html).toContain('action="/search"');
    expect(html).toContain('12345');
    expect(html).not.toContain('hunter2');
    expect(html).not.toContain('/work/');
  });
});
