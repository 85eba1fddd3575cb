// A finding's sources as a person reads them: title, publisher and public address
// instead of the stable IDs, the quoted sentence in its own language with a note
// when the reader's differs, the public page of each dated amount used, and a note
// when a quoted sentence states an older amount than the one in force. The popup,
// the printable report and `visa-check`'s human output all write sources with these.
import { formatDate, formatEuro, punctuation } from '../i18n/format';
import { amountsUsed, olderAmountIn, sourceInfo, type AmountUsed } from './source-table';
import type { Finding, Lang } from './types';

export interface SourceLine {
  /** The stable ID (`003_…`, `parameters.md`, `practice`), for data only: never shown. */
  id: string;
  title: string;
  publisher: string;
  url?: string;
  /** The sentence the rule rests on, in the source's own language (`quoteLang`). */
  quote?: string;
  quoteLang: Lang;
  /** Set when the quote is not in the reader's language. */
  quoteNote?: string;
  /** For dated amounts: where each value used comes from (a public page, or a description of one). */
  amountSources: { text: string; url?: string }[];
}

const LANGUAGE_NAME: Record<Lang, Record<Lang, string>> = {
  nl: { nl: 'het Nederlands', fr: 'het Frans', en: 'het Engels' },
  fr: { nl: 'néerlandais', fr: 'français', en: 'anglais' },
  en: { nl: 'Dutch', fr: 'French', en: 'English' },
};

const TEXT = {
  quoteNote: {
    nl: (language: string) => `Geciteerd in ${language}, zoals gepubliceerd; de bevinding hierboven zegt wat het betekent.`,
    fr: (language: string) => `Cité en ${language}, tel que publié ; le constat ci-dessus en donne le sens.`,
    en: (language: string) => `Quoted in ${language}, as published; the finding above says what it means.`,
  },
  olderAmount: {
    nl: (year: string, quoted: string, since: string, inForce: string) => `De bron vermeldt het bedrag van ${year} (${quoted}); sinds ${since} geldt ${inForce}.`,
    fr: (year: string, quoted: string, since: string, inForce: string) => `La source donne le montant de ${year} (${quoted}) ; depuis le ${since}, le montant en vigueur est de ${inForce}.`,
    en: (year: string, quoted: string, since: string, inForce: string) => `The source gives the ${year} amount (${quoted}); in force since ${since}: ${inForce}.`,
  },
  amountSince: {
    nl: (since: string) => `bedrag geldig sinds ${since}`,
    fr: (since: string) => `montant en vigueur depuis le ${since}`,
    en: (since: string) => `amount in force since ${since}`,
  },
} as const;

const URL = /https?:\/\/\S+/;

/** A dated value's source as written in the data, its seeds by their titles and its public page as an address. */
function amountSource(source: string, since: string, lang: Lang): { text: string; url?: string } {
  const url = URL.exec(source)?.[0];
  const parts = source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && part !== url)
    .map((part) => {
      const seed = sourceInfo(part);
      return seed ? `${seed.title[lang]} — ${seed.publisher[lang]}` : part;
    });
  const label = TEXT.amountSince[lang](formatDate(since, lang));
  return { text: parts.length ? `${label}${punctuation(':', lang)} ${parts.join(`${punctuation(';', lang)} `)}` : label, url };
}

function amountSources(used: readonly AmountUsed[], lang: Lang): SourceLine['amountSources'] {
  return used.map((u) => amountSource(u.value.source, u.value.since, lang));
}

export function sourceLines(finding: Pick<Finding, 'sources' | 'params'>, lang: Lang): SourceLine[] {
  const used = amountsUsed(finding);
  return finding.sources.map((ref) => {
    const info = sourceInfo(ref.file);
    const quoteLang = info?.lang ?? 'nl';
    return {
      id: ref.file,
      title: info?.title[lang] ?? ref.file,
      publisher: info?.publisher[lang] ?? '',
      url: info?.url,
      quote: ref.quote,
      quoteLang,
      quoteNote: ref.quote && quoteLang !== lang ? TEXT.quoteNote[lang](LANGUAGE_NAME[lang][quoteLang]) : undefined,
      amountSources: ref.file === 'parameters.md' ? amountSources(used, lang) : [],
    };
  });
}

/** "Visa D for a marriage or legal cohabitation in Belgium — Immigration Office (DVZ); …": each source once, by title. */
export function sourceTitles(finding: Pick<Finding, 'sources'> & { source?: string }, lang: Lang): string {
  const seen = new Set<string>();
  const out: string[] = [];
  const refs = finding.sources.length || !finding.source ? finding.sources : [{ file: finding.source }];
  for (const ref of refs) {
    if (seen.has(ref.file)) continue;
    seen.add(ref.file);
    const info = sourceInfo(ref.file);
    out.push(info ? `${info.title[lang]} — ${info.publisher[lang]}` : ref.file);
  }
  return out.join(`${punctuation(';', lang)} `);
}

/** Said with the finding when one of its quoted sentences gives an older amount than the one in force. */
export function olderAmountNote(finding: Pick<Finding, 'sources' | 'params'>, lang: Lang): string | undefined {
  const used = amountsUsed(finding);
  if (used.length === 0) return undefined;
  for (const ref of finding.sources) {
    const older = ref.quote ? olderAmountIn(ref.quote, used) : undefined;
    if (!older) continue;
    const euro = (v: unknown) => (typeof v === 'number' ? formatEuro(v, lang) : String(v));
    return TEXT.olderAmount[lang](older.quoted.since.slice(0, 4), euro(older.quoted.value), formatDate(older.inForce.since, lang), euro(older.inForce.value));
  }
  return undefined;
}
