import type { Provider } from '@/lib/provider/schema';
import { autoSetupDnsRecords, isLocalHost, siteHostFromUrl, type DomainRecords } from '@/lib/autosetup/dns';

export type AutoSetupRecordSet = 'hosts' | 'services';

const TABLE_BOX = 'not-prose my-6 overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-600';
const CELL = 'px-3 py-2 align-top';

function HostTable({ records }: { records: DomainRecords }) {
  return (
    <div className={TABLE_BOX}>
      <table className="w-full min-w-[30rem] text-left text-sm" data-testid={`autosetup-hosts-${records.domain}`}>
        <caption className="px-3 pt-2 text-left font-semibold">Host names for {records.domain}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className={CELL}>Name</th>
            <th scope="col" className={CELL}>Type</th>
            <th scope="col" className={CELL}>Points to</th>
            <th scope="col" className={CELL}>Used by</th>
          </tr>
        </thead>
        <tbody>
          {records.hosts.map((record) => (
            <tr key={record.name} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className={`${CELL} font-normal`}><code className="break-all">{record.name}</code></th>
              <td className={CELL}>{record.type}</td>
              <td className={CELL}><code className="break-all">{record.value}</code></td>
              <td className={CELL}>{record.usedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ServiceTable({ records }: { records: DomainRecords }) {
  return (
    <div className={TABLE_BOX}>
      <table className="w-full min-w-[34rem] text-left text-sm" data-testid={`autosetup-services-${records.domain}`}>
        <caption className="px-3 pt-2 text-left font-semibold">Service records (SRV) for {records.domain}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className={CELL}>Name</th>
            <th scope="col" className={CELL}>Priority</th>
            <th scope="col" className={CELL}>Weight</th>
            <th scope="col" className={CELL}>Port</th>
            <th scope="col" className={CELL}>Target</th>
          </tr>
        </thead>
        <tbody>
          {records.services.map((record) => (
            <tr key={record.name} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className={`${CELL} font-normal`}>
                <code className="break-all">{record.name}</code>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{record.description}</span>
              </th>
              <td className={CELL}>{record.priority}</td>
              <td className={CELL}>{record.weight}</td>
              <td className={CELL}>{record.port}</td>
              <td className={CELL}>
                <code>{record.target}</code>
                {record.offered ? null : <span className="block text-xs text-slate-600 dark:text-slate-400">not offered</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The DNS records that make automatic setup work, for every domain in provider.yaml: the
 * autoconfig and autodiscover host names (pointing at this help center) and the RFC 6186 SRV
 * records. `records` shows one of the two groups; without it both are shown.
 */
export function AutoSetupDnsRecords({ provider, siteUrl, records }: { provider: Provider; siteUrl: string; records?: AutoSetupRecordSet }) {
  const siteHost = siteHostFromUrl(siteUrl);
  const domains = autoSetupDnsRecords(provider, siteHost);
  const showHosts = records !== 'services';
  const showServices = records !== 'hosts';
  return (
    <div data-testid={`autosetup-dns${records ? `-${records}` : ''}`}>
      {showHosts && isLocalHost(siteHost) ? (
        <p role="note" className="not-prose my-4 rounded-md border-2 border-dashed border-amber-600 px-3 py-2 text-sm">
          This copy of the help center runs at a local address ({siteHost}), so the host names below point there. Set <code>SITE_URL</code> to the help
          center&apos;s public address to show the real target.
        </p>
      ) : null}
      {domains.map((domain) => (
        <div key={domain.domain}>
          {showHosts ? <HostTable records={domain} /> : null}
          {showServices ? <ServiceTable records={domain} /> : null}
        </div>
      ))}
    </div>
  );
}
