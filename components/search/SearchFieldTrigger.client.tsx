'use client';

import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { requestSearch } from './events';
import { preloadSearch } from './load-search';

function searchField(target: EventTarget): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.name === 'q' ? target : null;
}

/**
 * Wraps a plain search form's field (components/SearchForm.tsx). Without JavaScript the form
 * submits to /search; with it, clicking the field or typing into it opens the search dialog with
 * what was typed, and pointing at or focusing it starts loading the search code and index.
 */
export function SearchFieldTrigger({ children }: { children: ReactNode }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const field = searchField(event.target);
    if (!field || event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    if (event.key.length === 1) {
      event.preventDefault();
      requestSearch(field.value + event.key);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      requestSearch(field.value);
    }
    // Enter still submits the form: the results page is one keystroke away, with or without JS.
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const field = searchField(event.target);
    if (field) requestSearch(field.value);
  };
  return (
    <div className="contents" onKeyDown={onKeyDown} onClick={onClick} onPointerEnter={preloadSearch} onFocus={preloadSearch}>
      {children}
    </div>
  );
}
