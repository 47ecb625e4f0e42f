import type { ReactNode } from 'react';

/** Numbered steps: the ordered list inside gets large step numbers and extra spacing. */
export function Steps({ children }: { children?: ReactNode }) {
  return (
    <div className="steps my-6 [&>ol]:list-none [&>ol]:pl-0 [&>ol]:[counter-reset:step] [&>ol>li]:relative [&>ol>li]:mb-4 [&>ol>li]:pl-11 [&>ol>li]:[counter-increment:step] [&>ol>li]:before:absolute [&>ol>li]:before:left-0 [&>ol>li]:before:top-0 [&>ol>li]:before:flex [&>ol>li]:before:size-7 [&>ol>li]:before:items-center [&>ol>li]:before:justify-center [&>ol>li]:before:rounded-full [&>ol>li]:before:bg-brand-700 [&>ol>li]:before:text-sm [&>ol>li]:before:font-semibold [&>ol>li]:before:text-white [&>ol>li]:before:content-[counter(step)] dark:[&>ol>li]:before:bg-brand-300 dark:[&>ol>li]:before:text-slate-950">
      {children}
    </div>
  );
}
