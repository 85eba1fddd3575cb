// Which vendor and which step a URL belongs to. Hosts are compared exactly and
// only over https: a lookalike (`vfsglobal-appointments.com`,
// `visa.vfsglobal.com.evil.example`) or a downgraded page gets no answer.
import type { PageType, SiteId, Vendor } from './types';
import { VENDORS } from './vendors';

function parseUrl(url: string | URL): URL | null {
  try {
    return new URL(String(url));
  } catch {
    return null;
  }
}

let lastAsked: { url: string; parsed: URL | null; vendor: Vendor | null } | null = null;

/** The URL and its vendor; asked again on every recognition of the same page, so the last answer is kept. */
function lookUp(url: string | URL): { parsed: URL | null; vendor: Vendor | null } {
  const text = String(url);
  if (lastAsked?.url !== text) {
    const parsed = parseUrl(text);
    lastAsked = { url: text, parsed, vendor: parsed ? findVendor(parsed) : null };
  }
  return lastAsked;
}

function findVendor(u: URL): Vendor | null {
  if (u.protocol !== 'https:' || u.port !== '' || u.username !== '' || u.password !== '') return null;
  return VENDORS.find((v) => v.hosts.includes(u.hostname) && v.match(u)) ?? null;
}

export function vendorOf(url: string | URL): Vendor | null {
  return lookUp(url).vendor;
}

export function recogniseSite(url: string | URL): SiteId | null {
  return vendorOf(url)?.site ?? null;
}

/** The step of the vendor's flow; `null` outside the vendors' pages. */
export function recognisePage(url: string | URL, doc: Document): PageType | null {
  const { parsed, vendor } = lookUp(url);
  if (!vendor || !parsed) return null;
  return vendor.pages.find((p) => p.match(parsed, doc))?.type ?? 'other';
}
