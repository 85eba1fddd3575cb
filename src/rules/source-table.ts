// The sources the rules rest on, by the stable ID findings carry (`source`, `sources[].file`
// in the JSON output): what each one is, who publishes it, its public address where there is
// one, and the language of its sentences. A person reads titles, never these IDs.
import type { Finding, Lang } from './types';
import { SEED_000, SEED_003, SEED_004 } from './sources';
import * as parameters from './parameters';
import type { DatedValue, Parameter } from './parameters';

export interface SourceInfo {
  /** What the source is, in the reader's language. */
  title: Record<Lang, string>;
  publisher: Record<Lang, string>;
  /** The title as published, in the source's own language, when it has one. */
  originalTitle?: string;
  /** The public address, where there is one. */
  url?: string;
  /** The language of the sentences quoted from it. */
  lang: Lang;
  /** A short English name, for the README's table of rules. */
  short: string;
}

export const SOURCES: Record<string, SourceInfo> = {
  [SEED_003]: {
    title: {
      nl: 'Visum D met het oog op een huwelijk of wettelijke samenwoning in België',
      fr: 'Visa D en vue d’un mariage ou d’une cohabitation légale en Belgique',
      en: 'Visa D for a marriage or legal cohabitation in Belgium',
    },
    publisher: { nl: 'Dienst Vreemdelingenzaken (DVZ)', fr: 'Office des étrangers (OE)', en: 'Immigration Office (DVZ)' },
    originalTitle: 'Visum D met het oog op een huwelijk of wettelijke samenwoning in België',
    lang: 'nl',
    short: 'DVZ page on the visa D for a marriage or cohabitation',
  },
  [SEED_004]: {
    title: {
      nl: 'Visum D om te huwen in België met een Belg of een derdelander',
      fr: 'Visa D pour se marier en Belgique avec un Belge ou un ressortissant de pays tiers',
      en: 'Visa D to marry in Belgium with a Belgian or a non-EU national',
    },
    publisher: { nl: 'praktijkgids van een integratieorganisatie', fr: 'guide pratique d’une organisation d’intégration', en: 'practice guide of an integration organisation' },
    originalTitle: 'Visum D om te huwen in België met Belg of derdelander',
    lang: 'nl',
    short: 'practice guide on the visa D to marry',
  },
  [SEED_000]: {
    title: {
      nl: 'Humanitair visum voor familieleden van personen met verblijfsrecht in België',
      fr: 'Visa humanitaire pour les membres de la famille de personnes ayant un droit de séjour en Belgique',
      en: 'Humanitarian visa for family members of people with a residence right in Belgium',
    },
    publisher: { nl: 'praktijkgids van een integratieorganisatie', fr: 'guide pratique d’une organisation d’intégration', en: 'practice guide of an integration organisation' },
    lang: 'nl',
    short: 'practice guide on humanitarian visas for family members',
  },
  'parameters.md': {
    title: {
      nl: 'Gedateerde bedragen en termijnen, met hun openbare bronnen',
      fr: 'Montants et délais datés, avec leurs sources publiques',
      en: 'Dated amounts and limits, with their public sources',
    },
    publisher: { nl: 'gegevens van deze extensie', fr: 'données de cette extension', en: 'this extension’s rule data' },
    lang: 'en',
    short: 'dated amounts (fee, income, ages) with their public pages',
  },
  practice: {
    title: {
      nl: 'Gangbare praktijk bij visumaanvragen (geen gepubliceerde regel)',
      fr: 'Pratique courante des demandes de visa (pas une règle publiée)',
      en: 'Common practice in visa applications (not a published rule)',
    },
    publisher: { nl: 'gegevens van deze extensie', fr: 'données de cette extension', en: 'this extension’s rule data' },
    lang: 'en',
    short: 'common practice',
  },
};

/** What a source ID stands for; an ID missing from the table is a bug that tests/unit/source-table.test.ts catches. */
export function sourceInfo(id: string): SourceInfo | undefined {
  return SOURCES[id];
}

const ALL_PARAMETERS = (Object.values(parameters) as unknown[]).filter(
  (p): p is Parameter<unknown> => typeof p === 'object' && p !== null && Array.isArray((p as { values?: unknown }).values) && typeof (p as { id?: unknown }).id === 'string',
);

/** A dated amount a finding used: the parameter, the value in force and the ones before it. */
export interface AmountUsed {
  parameter: string;
  value: DatedValue<unknown>;
  earlier: readonly DatedValue<unknown>[];
}

/**
 * The dated amounts a finding names: a value of some parameter whose start date is the
 * finding's `since` and whose figure is one of its numbers, or the parameter it names.
 */
export function amountsUsed(finding: Pick<Finding, 'params'>): AmountUsed[] {
  const p = finding.params;
  if (typeof p.since !== 'string') return [];
  const numbers = new Set(Object.values(p).filter((v): v is number => typeof v === 'number'));
  const out: AmountUsed[] = [];
  for (const param of ALL_PARAMETERS) {
    const index = param.values.findIndex((v) => v.since === p.since && (param.id === p.parameter || (typeof v.value === 'number' && numbers.has(v.value))));
    if (index >= 0) out.push({ parameter: param.id, value: param.values[index]!, earlier: param.values.slice(0, index) });
  }
  return out;
}

const AMOUNT = /(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(?:euro|EUR|€)/g;

/** The euro amounts a (Dutch) sentence states: "Je moet 229 euro betalen" → [229]; "2.089,55 euro" → [2089.55]. */
export function amountsIn(sentence: string): number[] {
  return [...sentence.matchAll(AMOUNT)].map((m) => Number(m[1]!.replace(/\./g, '').replace(',', '.')));
}

/** A quoted sentence that gives an earlier value of an amount than the one the finding used. */
export interface OlderAmount {
  quoted: DatedValue<unknown>;
  inForce: DatedValue<unknown>;
}

export function olderAmountIn(quote: string, used: readonly AmountUsed[]): OlderAmount | undefined {
  const stated = amountsIn(quote);
  for (const u of used) {
    const quoted = u.earlier.find((v) => typeof v.value === 'number' && stated.includes(v.value) && v.value !== u.value.value);
    if (quoted) return { quoted, inForce: u.value };
  }
  return undefined;
}
