import type { Provider } from '@/lib/provider/schema';
import { resolveSetting } from '@/lib/provider/settings';
import { type Protocol } from '@/lib/protocol';

/** One value from content/provider.yaml. Names are checked at build time, so null never reaches customers. */
export function Setting({ name, provider, incoming }: { name: string; provider: Provider; incoming?: Protocol }) {
  const value = resolveSetting(provider, name, incoming);
  if (!value) return null;
  const isTechnical = /\.(host|port|security)$/.test(name) || name === 'domain';
  if (value.href) {
    return (
      <a href={value.href} className="font-medium">
        {value.text}
      </a>
    );
  }
  return isTechnical ? <code className="setting-value">{value.text}</code> : <>{value.text}</>;
}
