import type { ReactNode } from 'react';

/** POP3 and IMAP side by side; each <Compare> child is one row, written by editors in MDX. */
export function ProtocolComparison({ children }: { children?: ReactNode }) {
  return (
    <div className="not-prose my-8 overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-600" data-testid="protocol-comparison">
      <table className="w-full min-w-[20rem] border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">POP3 compared with IMAP</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="w-1/4 px-3 py-2 font-semibold">What matters</th>
            <th scope="col" className="px-3 py-2 font-semibold">POP3</th>
            <th scope="col" className="px-3 py-2 font-semibold">IMAP</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Compare({ topic, pop3, imap }: { topic: string; pop3: string; imap: string }) {
  return (
    <tr className="border-t border-slate-200 align-top dark:border-slate-700">
      <th scope="row" className="px-3 py-2 font-medium">{topic}</th>
      <td className="px-3 py-2">{pop3}</td>
      <td className="px-3 py-2">{imap}</td>
    </tr>
  );
}
