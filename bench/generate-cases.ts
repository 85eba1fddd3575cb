// Varied, realistic case files for measuring, the same every run (seeded):
// the three case types, ages and document dates on both sides of the limits of
// rules.md, children near 18, several income lines, payments right and wrong.

/** mulberry32: small, fast and good enough to spread cases over the rules. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['El Amrani', 'Yılmaz', "N'Diaye", 'Al-Hassan', 'dos Santos', 'Nguyễn', 'Haile', 'Kowalski', 'Müller', 'Oyelaran', 'Benali', 'Øster'];
const GIVEN = ['Fatima Zahra', 'Emre', 'Aïssatou', 'Omar', 'Ana Lúcia', 'Thị Lan', 'Selam', 'Piotr', 'Jürgen', 'Adébáyọ̀', 'Karim', 'Søren'];
const NATIONALITIES = ['MA', 'TR', 'SN', 'SY', 'BR', 'VN', 'ER', 'UA', 'CD', 'NG', 'DZ', 'XX', 'AF', 'IN'];
const SPONSOR_STATUS = ['belgian', 'belgian', 'belgian', 'non-eu', 'eu', 'protection'] as const;
const INCOME_KINDS = [
  'employment-permanent',
  'employment-permanent',
  'employment-temporary',
  'interim',
  'article-60',
  'self-employed',
  'pension',
  'unemployment',
  'unemployment-job-seeking',
  'leefloon',
  'family-allowance',
  'rental',
] as const;
const HOUSING = ['registered-lease', 'registered-lease', 'notarial-deed', 'unregistered-lease', 'compromis', 'social-housing-waitlist', 'none'] as const;
const SITUATIONS = [
  'unrecognised-marriage',
  'partner-no-marriage',
  'impossible-marriage',
  'minor-sibling-of-uam',
  'adult-sibling-of-uam',
  'sibling-of-uam-without-parents',
  'adult-child',
  'parent-of-adult-child',
  'de-facto-child',
  'other',
] as const;
const LANGUAGES = ['nl', 'fr', 'en', 'de', 'ar', 'tr', 'pt'];

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days are added in UTC so the result never depends on the machine's time zone. */
function shift(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  const d = new Date(t);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `years` before `date` plus or minus a few days: ages on both sides of a birthday limit. */
function yearsBefore(date: string, years: number, jitterDays: number, rnd: () => number): string {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return shift(`${y}-${md}`, Math.round((rnd() * 2 - 1) * jitterDays));
}

export function generateCases(count: number, seed = 20250310): Record<string, unknown>[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const cases: Record<string, unknown>[] = [];

  for (let i = 0; i < count; i++) {
    const r = rnd();
    const caseType = r < 0.45 ? 'marriage' : r < 0.8 ? 'cohabitation' : 'humanitarian';
    // 2023 to mid-2026: across fee indexations, the August 2025 reform and past the last known amounts.
    const applicationDate = shift('2023-01-02', Math.floor(rnd() * 1280));
    const arrival = shift(applicationDate, 90 + Math.floor(rnd() * 120));
    const nearLimit = chance(0.4);
    const applicantAge = nearLimit ? pick([18, 21]) : 19 + Math.floor(rnd() * 35);
    const surname = pick(SURNAMES);
    const givenNames = pick(GIVEN);
    const nationality = pick(NATIONALITIES);
    const birthDate = yearsBefore(applicationDate, applicantAge, nearLimit ? 3 : 180, rnd);
    const docDate = (maxDaysOld: number) => shift(applicationDate, -Math.floor(rnd() * maxDaysOld));

    const income = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
      kind: pick(INCOME_KINDS),
      monthlyNet: Math.round(600 + rnd() * 2600),
      ...(chance(0.8) ? { since: shift(applicationDate, -Math.floor(rnd() * 2000)) } : {}),
    }));

    const children = Array.from({ length: chance(0.3) ? 1 + Math.floor(rnd() * 3) : 0 }, () => ({
      surname,
      givenNames: pick(GIVEN),
      birthDate: yearsBefore(applicationDate, chance(0.3) ? 18 : 1 + Math.floor(rnd() * 17), 5, rnd),
      nationality,
      relation: chance(0.9) ? 'own' : pick(['adopted', 'foster', 'guardianship']),
      custody: pick(['exclusive', 'exclusive', 'shared', 'none']),
      otherParentConsent: chance(0.7),
      maritalStatus: chance(0.97) ? 'unmarried' : 'married',
      passport: { number: `C${Math.floor(rnd() * 1e7)}`, expiryDate: shift(arrival, Math.floor(rnd() * 2000) - 200) },
      documents: {
        medicalCertificate: { date: docDate(220) },
        birthCertificate: { language: pick(LANGUAGES), legalised: chance(0.8) },
        travelInsurance: { start: arrival, end: shift(arrival, 60 + Math.floor(rnd() * 200)), coverEur: chance(0.9) ? 30000 : 20000, schengen: chance(0.95) },
      },
    }));

    const communication = chance(0.7)
      ? `${surname}${givenNames}Marokko${birthDate.slice(8)}${birthDate.slice(5, 7)}${birthDate.slice(0, 4)}`.replace(/[^A-Za-z0-9]/g, '')
      : `${surname.toUpperCase()} ${givenNames} ${birthDate.split('-').reverse().join('.')}`;

    const c: Record<string, unknown> = {
      format: 'visa-case/1',
      id: `bench-${i}`,
      label: `${surname} (${caseType})`,
      caseType,
      ...(caseType === 'humanitarian'
        ? {
            humanitarianSituation: pick(SITUATIONS),
            applyingAt: pick(['competent-post', 'competent-post', 'other-post-legal-residence', 'other-post-mixed', 'other-post-exceptional']),
            urgentProtectionRisk: chance(0.1),
            familyReunificationAlongside: chance(0.2),
          }
        : {}),
      applicationDate,
      plannedArrivalDate: arrival,
      ...(chance(0.3) ? { arrivalDate: shift(arrival, Math.floor(rnd() * 10)), registrationDate: shift(arrival, Math.floor(rnd() * 14)) } : {}),
      ...(chance(0.2) ? { aCardIssuedDate: shift(arrival, 20 + Math.floor(rnd() * 30)), marriageDate: shift(arrival, 30 + Math.floor(rnd() * 200)) } : {}),
      ...(caseType === 'cohabitation' ? { cohabitedOneYearBeforeArrival: chance(0.3) } : {}),
      applicant: {
        surname,
        givenNames,
        birthDate,
        nationality,
        sex: pick(['F', 'M', 'X']),
        placeOfBirth: 'Casablanca',
        email: 'applicant@example.org',
        phone: '+212600000000',
        maritalStatus: pick(['unmarried', 'unmarried', 'unmarried', 'divorced', 'widowed', 'married']),
        passport: {
          number: `AB${Math.floor(rnd() * 1e7)}`,
          issueDate: shift(applicationDate, -Math.floor(rnd() * 3000)),
          expiryDate: shift(arrival, Math.floor(rnd() * 1500) - 250),
          issuingCountry: nationality,
        },
      },
      sponsor: {
        surname: 'Peeters',
        givenNames: 'Jan',
        birthDate: yearsBefore(applicationDate, nearLimit ? pick([18, 21]) : 20 + Math.floor(rnd() * 40), nearLimit ? 3 : 180, rnd),
        nationality: 'BE',
        status: caseType === 'humanitarian' ? pick(['protection', 'protection', 'non-eu', 'belgian']) : pick(SPONSOR_STATUS),
        postalCode: String(1000 + Math.floor(rnd() * 8999)),
        healthInsurance: chance(0.92),
        maritalStatus: 'unmarried',
        income,
        incomeEvidenceMonths: chance(0.7) ? 12 : Math.floor(rnd() * 12),
        otherIncomeGiven: chance(0.1),
        householdSize: 1 + Math.floor(rnd() * 4),
        housing: { proof: pick(HOUSING), currentAddress: chance(0.9), holder: pick(['sponsor', 'sponsor', 'family', 'other']), uninhabitable: chance(0.03) },
      },
      children,
      documents: {
        ...(caseType === 'marriage' && chance(0.95) ? { marriageDeclaration: { date: docDate(210) } } : {}),
        medicalCertificate: { date: docDate(220) },
        ...(chance(0.95) ? { criminalRecord: { date: docDate(220) } } : {}),
        unmarriedCertificate: { date: docDate(200), language: pick(LANGUAGES), legalised: chance(0.85) },
        sponsorUnmarriedProof: chance(0.9),
        relationshipHistory: chance(0.8),
        birthCertificate: { language: pick(LANGUAGES), legalised: chance(0.8), translated: chance(0.5) },
        travelInsurance: { start: shift(arrival, Math.floor(rnd() * 10) - 3), end: shift(arrival, 60 + Math.floor(rnd() * 200)), coverEur: chance(0.9) ? 30000 : 25000, schengen: chance(0.95) },
      },
      ...(chance(0.9)
        ? {
            payment: {
              amountPaid: chance(0.85) ? 236 : pick([201, 220, 229, 100]),
              communication,
              paidOn: shift(applicationDate, -Math.floor(rnd() * 20)),
              paidBy: chance(0.8) ? 'applicant' : 'third-party',
              ...(chance(0.05) ? { partialNoticeDate: shift(applicationDate, 20) } : {}),
            },
          }
        : {}),
    };
    cases.push(c);
  }
  return cases;
}
