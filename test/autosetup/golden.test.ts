// Golden files: the exact bytes each document has for the fixture provider, so any change to the
// output shows up in review as a diff of test/autosetup/golden/. After an intended change, rewrite
// them with `UPDATE_GOLDEN=1 npx vitest run test/autosetup/golden.test.ts` and read the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmailAddress } from '../../lib/autosetup/address';
import { clientConfigXml } from '../../lib/autosetup/autoconfig';
import { autodiscoverErrorXml, autodiscoverResponseXml } from '../../lib/autosetup/autodiscover';
import { autoSetupDnsRecords } from '../../lib/autosetup/dns';
import { mobileconfigXml } from '../../lib/autosetup/mobileconfig';
import { fixtureProvider } from './fixtures';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function matchGolden(name: string, actual: string) {
  const file = path.join(GOLDEN, name);
  if (update || !existsSync(file)) {
    if (!update && process.env.CI) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run test/autosetup/golden.test.ts`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual, `${name} differs from its golden file`).toBe(readFileSync(file, 'utf8'));
}

const jane = parseEmailAddress('jane.doe@fixture.test');
if (!jane.ok) throw new Error('fixture address must parse');

describe('golden documents for the fixture provider', () => {
  it('Thunderbird clientConfig', () => matchGolden('config-v1.1.xml', clientConfigXml(fixtureProvider)));
  it('Autodiscover response', () => matchGolden('autodiscover-response.xml', autodiscoverResponseXml(fixtureProvider, jane.value)));
  it('Autodiscover error', () =>
    matchGolden('autodiscover-error.xml', autodiscoverErrorXml(fixtureProvider, { code: 600, message: 'The request has no EMailAddress.' }, new Date(Date.UTC(2026, 10, 20, 12, 0, 0)))));
  it('IMAP profile', () => matchGolden('imap.mobileconfig', mobileconfigXml(fixtureProvider, jane.value, 'imap')));
  it('POP3 profile', () => matchGolden('pop3.mobileconfig', mobileconfigXml(fixtureProvider, jane.value, 'pop3')));
  it('DNS records', () => matchGolden('dns-records.json', `${JSON.stringify(autoSetupDnsRecords(fixtureProvider, 'help.fixture.test'), null, 2)}\n`));
});
