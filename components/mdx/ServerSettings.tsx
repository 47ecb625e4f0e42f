import type { Provider, ServerSettings as Server } from '@/lib/provider/schema';
import { SECURITY_LABEL, usernameLabel } from '@/lib/provider/settings';
import { PROTOCOL_LABEL, type MailProtocol } from '@/lib/protocol';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

function ServerTable({ title, server, provider, caption }: { title: string; server: Server; provider: Provider; caption: string }) {
  return (
    // Row styles live in app/globals.css (.settings-table): shorter prerendered pages.
    <table className="settings-table" data-server-table={caption}>
      <caption className="pb-1 text-left text-base font-semibold text-slate-900 dark:text-slate-50">{title}</caption>
      <tbody>
        <Row label="Server">
          <code>{server.host}</code>
        </Row>
        <Row label="Port">
          <code>{server.port}</code>
        </Row>
        <Row label="Security">{SECURITY_LABEL[server.security]}</Row>
        <Row label="User name">{usernameLabel(server.username, provider)}</Row>
        <Row label="Password">your email password (or an app password)</Row>
        {caption === 'smtp' ? <Row label="Authentication">required: use the same user name and password</Row> : null}
        {server.alternative ? (
          <Row label="If that port is blocked">
            port <code>{server.alternative.port}</code> with {SECURITY_LABEL[server.alternative.security]}
          </Row>
        ) : null}
      </tbody>
    </table>
  );
}

/**
 * The settings table for one protocol: incoming (IMAP or POP3) plus outgoing SMTP, or SMTP alone.
 * Every value comes from provider.yaml (DESIGN.md rule 6).
 */
export function ServerSettings({ protocol, provider }: { protocol: MailProtocol; provider: Provider }) {
  return (
    <div className="not-prose my-6 grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-2 dark:border-slate-600" data-testid={`server-settings-${protocol}`}>
      {protocol !== 'smtp' ? (
        <ServerTable title={`Incoming mail (${PROTOCOL_LABEL[protocol]})`} server={provider[protocol]} provider={provider} caption={protocol} />
      ) : null}
      <ServerTable title="Outgoing mail (SMTP)" server={provider.smtp} provider={provider} caption="smtp" />
    </div>
  );
}
