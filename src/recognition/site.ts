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

export function vendorOf(url: string | URL): Vendor | null {
  const u = parseUrl(url);
  if (!u || u.protocol !== 'https:' || u.port !== '' || u.username !== '' || u.password !== '') return null;
  return VENDORS.find((v) => v.hosts.includes(u.hostname) && v.match(u)) ?? null;
}

export function recogniseSite(url: string | URL): SiteId | null {
  return vendorOf(url)?.site ?? null;
}

/** The step of the vendor's flow; `null` outside the vendors' pages. */
export function recognisePage(url: string | URL, doc: Document): PageType | null {
  const vendor = vendorOf(url);
  if (!vendor) return null;
  const u = new URL(String(url));
  return vendor.pages.find((p) => p.match(u, doc))?.type ?? 'other';
}
