import type { ReactNode } from 'react';

/**
 * Numbered steps: the ordered list inside gets large step numbers and extra spacing. The styles
 * live in app/globals.css (.steps) rather than in utility classes here: a guide has several step
 * lists, and one short class name keeps every prerendered page (HTML and RSC payload) smaller.
 */
export function Steps({ children }: { children?: ReactNode }) {
  return <div className="steps">{children}</div>;
}
