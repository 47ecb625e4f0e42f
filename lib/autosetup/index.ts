/**
 * Automatic mail-app setup: Thunderbird autoconfig, Outlook Autodiscover (POX) and Apple
 * configuration profiles, all generated from provider.yaml, plus the DNS records that make apps
 * find them. Pure generators; the HTTP handlers take a web-standard Request (see http.ts).
 */
export { parseEmailAddress, isProviderDomain, describeDomains, type EmailAddress, type AddressProblem } from './address';
export { clientConfigXml, AUTOCONFIG_CONTENT_TYPE } from './autoconfig';
export {
  parseAutodiscoverRequest,
  autodiscoverResponseXml,
  autodiscoverErrorXml,
  AUTODISCOVER_BODY_LIMIT,
  AUTODISCOVER_CONTENT_TYPE,
  OUTLOOK_REQUEST_NS,
  OUTLOOK_RESPONSE_NS,
  RESPONSE_NS,
} from './autodiscover';
export { mobileconfigXml, profileIds, profileFileName, MOBILECONFIG_CONTENT_TYPE } from './mobileconfig';
export { autoSetupDnsRecords, siteHostFromUrl, isLocalHost, type DomainRecords, type HostRecord, type SrvRecord } from './dns';
export { autoconfigResponse, autodiscoverResponse, profileResponse, profileClients, type ProfileClient } from './http';
export { uuidV5 } from './uuid';
