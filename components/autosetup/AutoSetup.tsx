import Link from 'next/link';
import type { ClientFrontmatter, Platform } from '@/lib/content/schema';
import type { Provider } from '@/lib/provider/schema';
import { describeDomains } from '@/lib/autosetup/address';
import { linkedArticleHref, profileHref } from '@/lib/routes';
import { PROTOCOL_LABEL, type Protocol } from '@/lib/protocol';

export type AutoSetupKind = NonNullable<ClientFrontmatter['autoSetup']>;

export interface AutoSetupProps {
  clientId: string;
  clientName: string;
  /** From the guide's frontmatter: decides whether the install steps are the iPhone/iPad or the Mac ones. */
  platforms: readonly Platform[];
  protocol: Protocol;
  /** The guide's `autoSetup` frontmatter; `provider-list`, `none` and unset render nothing. */
  kind: AutoSetupKind | undefined;
  provider: Provider;
  /** 2 on a setup guide, 3 inside the advisor's result. */
  headingLevel?: 2 | 3 | 4;
}

const BOX = 'not-prose my-6 rounded-lg border border-brand-600 bg-brand-50 p-4 text-slate-800 dark:border-brand-300 dark:bg-slate-900 dark:text-slate-100';
const LINK = 'text-brand-700 underline dark:text-brand-300';

/**
 * "Set up automatically": shown above a setup guide's manual steps (and in the advisor's result)
 * for apps that can configure themselves. For Apple devices it is a plain GET form that downloads a
 * configuration profile, so it works without JavaScript; for apps that look the settings up
 * (Thunderbird's autoconfig, Outlook's Autodiscover) it explains what happens and what to check.
 */
export function AutoSetup({ clientId, clientName, platforms, protocol, kind, provider, headingLevel = 2 }: AutoSetupProps) {
  if (kind !== 'mobileconfig' && kind !== 'autoconfig' && kind !== 'autodiscover') return null;
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  const id = `auto-setup-${clientId}-${protocol}`;
  const domains = describeDomains(provider);
  const firstDomain = provider.domains[0]?.toLowerCase() ?? 'example.com';
  const label = PROTOCOL_LABEL[protocol];
  return (
    <section aria-labelledby={`${id}-title`} className={BOX} data-testid="auto-setup" data-kind={kind}>
      <Heading id={`${id}-title`} className={`${headingLevel === 2 ? 'text-xl' : 'text-lg'} font-semibold text-slate-900 dark:text-white`}>
        Set up automatically
      </Heading>
      {kind === 'mobileconfig' ? (
        <ProfileForm id={id} clientId={clientId} clientName={clientName} platforms={platforms} protocol={protocol} provider={provider} domains={domains} />
      ) : (
        <LookupExplanation kind={kind} clientName={clientName} protocol={protocol} domains={domains} firstDomain={firstDomain} label={label} />
      )}
    </section>
  );
}

function ProfileForm({
  id,
  clientId,
  clientName,
  platforms,
  protocol,
  provider,
  domains,
}: {
  id: string;
  clientId: string;
  clientName: string;
  platforms: readonly Platform[];
  protocol: Protocol;
  provider: Provider;
  domains: string;
}) {
  const phone = platforms.includes('ios');
  const device = phone ? 'your iPhone or iPad' : 'your Mac';
  const inputId = `${id}-email`;
  return (
    <>
      <p className="mt-2">
        Download a setup profile with your address filled in, and {device} adds your {provider.name} mailbox to {clientName} with the{' '}
        {PROTOCOL_LABEL[protocol]} settings shown below. The only thing left to type is your password.
      </p>
      <form method="get" action={profileHref(clientId, protocol)} className="mt-4">
        <label htmlFor={inputId} className="block font-medium">
          Your email address
        </label>
        <p id={`${inputId}-hint`} className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          For addresses at {domains}.
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id={inputId}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            aria-describedby={`${inputId}-hint`}
            placeholder={`you@${provider.domains[0]?.toLowerCase() ?? 'example.com'}`}
            className="min-h-11 min-w-0 flex-[1_1_14rem] rounded-md border border-slate-500 bg-white px-3 text-slate-900 placeholder:text-slate-600 dark:border-slate-400 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
          >
            Download profile
          </button>
        </div>
      </form>
      <p className="mt-4 font-medium">Then install it:</p>
      {phone ? (
        <ol className="mt-1 list-decimal space-y-1 pl-6">
          <li>Download the profile in Safari on the iPhone or iPad itself, and allow the download when asked.</li>
          <li>
            Open <strong>Settings</strong> and tap <strong>Profile Downloaded</strong> near the top (or find it under <strong>General</strong> ›{' '}
            <strong>VPN &amp; Device Management</strong>).
          </li>
          <li>
            Tap <strong>Install</strong>, enter your device passcode if asked, and enter your email password when asked.
          </li>
        </ol>
      ) : (
        <ol className="mt-1 list-decimal space-y-1 pl-6">
          <li>Download the profile on the Mac and open the file.</li>
          <li>
            Open <strong>System Settings</strong>, search for <strong>Profiles</strong>, select the downloaded profile and install it.
          </li>
          <li>Enter your email password when asked.</li>
        </ol>
      )}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        The profile contains your address and the server settings below, never your password. {phone ? 'Your device' : 'Your Mac'} may say that the profile is
        not signed or verified: it is made on the spot for your address, and every setting in it is listed on this page. Removing the profile later removes the
        account. You can also skip it and follow the manual steps below.
      </p>
    </>
  );
}

function LookupExplanation({
  kind,
  clientName,
  protocol,
  domains,
  firstDomain,
  label,
}: {
  kind: 'autoconfig' | 'autodiscover';
  clientName: string;
  protocol: Protocol;
  domains: string;
  firstDomain: string;
  label: string;
}) {
  const host = kind === 'autoconfig' ? 'autoconfig' : 'autodiscover';
  const mechanism = kind === 'autoconfig' ? 'autoconfig' : 'Autodiscover';
  return (
    <>
      <p className="mt-2">
        {clientName} can find these settings by itself. Add your account with your name, your full email address and your password: {clientName} looks up the
        settings through {mechanism} and fills in the servers for you.
      </p>
      <p className="mt-2">
        This works for addresses at {domains}: their {host} address (for example <code>{`${host}.${firstDomain}`}</code>) points at this help center, which
        answers with the same settings as the table below. Check that the servers {clientName} shows match it. If {clientName} finds nothing or shows other
        servers, choose manual setup and follow the steps below.
      </p>
      {protocol === 'pop3' ? (
        <p className="mt-2">
          Automatic setup suggests IMAP first. To use {label}, pick {label} if {clientName} offers a choice, or set the account up manually with the steps below.
        </p>
      ) : null}
      <p className="mt-2 text-sm">
        <Link href={linkedArticleHref('automaticSetupDns')} className={LINK}>
          How automatic setup works, for domain administrators
        </Link>
      </p>
    </>
  );
}
