import type { Provider } from '@/lib/provider/schema';

/** MX and SPF records for a customer's own domain, from provider.yaml. */
export function DnsRecords({ provider }: { provider: Provider }) {
  const domain = 'yourdomain.example';
  return (
    <div className="not-prose my-6 overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-600">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">DNS records to create for your domain</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">Type</th>
            <th scope="col" className="px-3 py-2">Name</th>
            <th scope="col" className="px-3 py-2">Value</th>
            <th scope="col" className="px-3 py-2">Priority</th>
          </tr>
        </thead>
        <tbody>
          {provider.dns.mx.map((record) => (
            <tr key={record.host} className="border-t border-slate-200 dark:border-slate-700">
              <td className="px-3 py-2">MX</td>
              <td className="px-3 py-2">your domain (often written @)</td>
              <td className="px-3 py-2"><code>{record.host}</code></td>
              <td className="px-3 py-2">{record.priority}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200 dark:border-slate-700">
            <td className="px-3 py-2">TXT</td>
            <td className="px-3 py-2">your domain (often written @)</td>
            <td className="px-3 py-2 break-all"><code>{provider.dns.spf}</code></td>
            <td className="px-3 py-2" aria-label="not used">—</td>
          </tr>
        </tbody>
      </table>
      <p className="sr-only">Replace {domain} with your own domain where your DNS host asks for a full name.</p>
    </div>
  );
}
