// Messages of the humanitarian-visa rules (HUM.*). The situation texts follow seed 000's
// guidance for each situation: its chances, what to prove, what makes the file stronger.
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { Lang, Params, RuleMessages } from '../types';
import type { Formatter } from '../../i18n/format';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');

const SITUATIONS: Record<string, Record<Lang, string>> = {
  'unrecognised-marriage': {
    nl: 'Een religieus of gewoonterechtelijk huwelijk dat in het land waar het gesloten werd niet als officieel huwelijk geldt, geeft alleen recht op een humanitair visum: DVZ erkent dan een feitelijke relatie. Toon die relatie aan met concrete feitelijke bewijzen, zoals gemeenschappelijke kinderen. Geldt het huwelijk wel officieel maar kan DVZ de akte niet erkennen (bv. omdat de legalisatie ontbreekt), dan is gezinshereniging wel mogelijk met andere geldige bewijzen.',
    fr: 'Un mariage religieux ou coutumier qui n’est pas un mariage officiel dans le pays où il a été conclu ne peut mener qu’à un visa humanitaire : l’OE reconnaît alors une relation de fait. Prouvez cette relation par des éléments concrets, comme des enfants communs. Si le mariage est officiel mais que l’OE ne peut reconnaître l’acte (p. ex. faute de légalisation), le regroupement familial reste possible avec d’autres preuves valables.',
    en: 'A religious or customary marriage that is not an official marriage in the country where it was concluded can only lead to a humanitarian visa: DVZ then recognises a de-facto relationship. Prove that relationship with concrete factual evidence, such as common children. If the marriage is official but DVZ cannot recognise the deed (e.g. no legalisation), family reunification remains possible with other valid proof.',
  },
  'no-marriage-proof': {
    nl: 'Zonder enig bewijs van je bestaande huwelijk is gezinshereniging in de praktijk niet mogelijk en blijft alleen een humanitair visum over; de kansen zijn veel onzekerder en DVZ kent het slechts uitzonderlijk toe op basis van een bewezen feitelijke relatie. Gemeenschappelijke kinderen zijn vaak cruciaal, en heeft het familielid in België internationale bescherming, dan tellen ook de verklaringen in het persoonlijk onderhoud bij het CGVS.',
    fr: 'Sans aucune preuve de votre mariage existant, le regroupement familial est en pratique impossible et seul un visa humanitaire reste envisageable ; les chances sont bien plus incertaines et l’OE ne l’accorde qu’exceptionnellement sur la base d’une relation de fait prouvée. Des enfants communs sont souvent décisifs et, si le membre de la famille en Belgique bénéficie d’une protection internationale, les déclarations de l’entretien personnel au CGRA comptent aussi.',
    en: 'Without any proof of your existing marriage, family reunification is in practice impossible and only a humanitarian visa remains; chances are much more uncertain and DVZ grants it only exceptionally on a proven de-facto relationship. Common children are often crucial, and if the family member in Belgium has international protection, the statements in the CGVS interview count too.',
  },
  'second-order': {
    nl: 'In uitzonderlijke gevallen vraag je best in tweede orde een humanitair visum binnen je aanvraag gezinshereniging, als je niet aan alle voorwaarden voldoet (bv. bestaansmiddelen die niet stabiel, toereikend of regelmatig genoeg zijn, of een leeftijdsvoorwaarde die niet vervuld is). Toon de humanitaire en prangende situatie dan al in de aanvraag gezinshereniging voldoende aan.',
    fr: 'Dans des cas exceptionnels, il est conseillé de demander en ordre subsidiaire un visa humanitaire dans votre demande de regroupement familial, si toutes les conditions ne sont pas remplies (p. ex. des moyens de subsistance pas assez stables, suffisants ou réguliers, ou une condition d’âge non remplie). Démontrez alors suffisamment la situation humanitaire et urgente dès la demande de regroupement familial.',
    en: 'In exceptional cases it is advisable to ask for a humanitarian visa in second order within your family-reunification application, when not every condition is met (e.g. means that are not stable, sufficient or regular enough, or an age condition not met). Show the humanitarian and pressing situation sufficiently in the family-reunification application itself.',
  },
  'partner-no-marriage': {
    nl: 'Zonder huwelijk (bv. alleen een verloving) of zonder gemeenschappelijke kinderen zijn de kansen nog onzekerder en is er weinig tot geen praktijkervaring. Het bewijs van de duurzame relatie en het bijzondere humanitaire karakter van de aanvraag spelen een cruciale rol.',
    fr: 'Sans mariage (p. ex. seulement des fiançailles) ou sans enfants communs, les chances sont encore plus incertaines et la pratique est quasi inexistante. La preuve de la relation durable et le caractère humanitaire particulier de la demande jouent un rôle crucial.',
    en: 'Without a marriage (e.g. only an engagement) or without common children the chances are even more uncertain, and there is little to no practice to go on. Proof of the lasting relationship and the particular humanitarian character of the application are crucial.',
  },
  'impossible-marriage': {
    nl: 'Als trouwen onmogelijk was (de familie verbood het, of een LGBTIQ+-koppel kon in het herkomstland niet huwen of geen partnerschap sluiten), toon die onmogelijkheid aan met de lokale wetgeving of praktijk. Heeft het familielid in België internationale bescherming, dan wegen seksuele geaardheid als vervolgingsgrond en een gezinsleven dat enkel door de gedwongen vlucht werd onderbroken en niet in het herkomstland kan worden voortgezet; verwijs naar de verklaringen in het asieldossier.',
    fr: 'Si le mariage était impossible (la famille l’a interdit, ou un couple LGBTIQ+ ne pouvait ni se marier ni conclure un partenariat dans le pays d’origine), prouvez cette impossibilité par la loi ou la pratique locale. Si le membre de la famille en Belgique bénéficie d’une protection internationale, l’orientation sexuelle comme motif de persécution et une vie familiale interrompue par la seule fuite forcée, impossible à poursuivre dans le pays d’origine, pèsent ; renvoyez aux déclarations du dossier d’asile.',
    en: 'Where marrying was impossible (the family forbade it, or an LGBTIQ+ couple could not marry or register a partnership in the country of origin), prove that impossibility with local law or practice. If the family member in Belgium has international protection, orientation as a ground for persecution and family life cut off only by the forced flight and impossible to continue in the country of origin weigh; refer to the statements in the asylum file.',
  },
  'minor-sibling-of-uam': {
    nl: 'Ben je een minderjarige broer of zus van een niet-begeleide minderjarige met internationale bescherming en vragen je ouders tegelijk gezinshereniging aan, dan heb je veel kans op slagen als je je aanvraag samen met die van je ouders indient; andere humanitaire elementen zijn in principe niet nodig. Ben je een half- of stiefbroer of -zus en vraagt niet je eigen biologische ouder mee aan, toon dan bijkomende humanitaire elementen aan.',
    fr: 'Si vous êtes le frère ou la sœur mineur(e) d’un mineur non accompagné bénéficiant d’une protection internationale et que vos parents demandent en même temps le regroupement familial, vous avez de bonnes chances en introduisant votre demande avec la leur ; d’autres éléments humanitaires ne sont en principe pas nécessaires. Si vous êtes demi-frère, demi-sœur ou enfant du conjoint et que ce n’est pas votre parent biologique qui demande en même temps, apportez des éléments humanitaires supplémentaires.',
    en: 'As a minor brother or sister of an unaccompanied minor with international protection whose parents apply for family reunification at the same time, you have good chances if you apply together with them; other humanitarian elements are in principle not needed. A half- or step-sibling whose own biological parent is not the one applying at the same time should show additional humanitarian elements.',
  },
  'adult-sibling-of-uam': {
    nl: 'Als jongvolwassen broer of zus die alleen dreigt achter te blijven ligt de bewijslast hoger; dien de aanvraag gelijktijdig in met de aanvraag gezinshereniging van je ouder(s) en eventuele minderjarige broers en zussen. Toon uitvoerig aan dat je nog ten laste bent van je ouders en deel uitmaakt van het kerngezin (bij hen wonen, ongehuwd, studerend, geen eigen inkomsten) en anders alleen en geïsoleerd achterblijft. Medische behoeftigheid, beschermingsrisico’s en de verklaringen in het asieldossier van je broer of zus maken het dossier sterker.',
    fr: 'Pour un frère ou une sœur jeune adulte qui risque de rester seul(e), la charge de la preuve est plus lourde ; introduisez la demande en même temps que la demande de regroupement familial de vos parents et de vos éventuels frères et sœurs mineurs. Montrez en détail que vous êtes encore à charge de vos parents et faites partie du noyau familial (vivre avec eux, non marié(e), aux études, sans revenus propres) et que vous resteriez sinon seul(e) et isolé(e). Un besoin médical, des risques de protection et les déclarations du dossier d’asile de votre frère ou sœur renforcent le dossier.',
    en: 'For a young adult brother or sister at risk of being left alone the burden of proof is higher; apply at the same time as the family-reunification application of your parent(s) and any minor siblings. Show in detail that you still depend on your parents and belong to the original nuclear family (living with them, unmarried, studying, no own income) and would otherwise be left alone and isolated. Medical need, protection risks and the statements in your sibling’s asylum file make the file stronger.',
  },
  'sibling-of-uam-without-parents': {
    nl: 'Als de ouders niet meekomen, is de kans op slagen veel lager. Zijn de ouders overleden of vermist, bewijs dat en toon een uiterst precaire situatie, verhoogde kwetsbaarheid of behoeftigheid en beschermingsrisico’s aan; leven ze nog, dan moet een sterk dossier overtuigend aantonen dat zij de zorg helemaal niet meer kunnen opnemen en dat je veiligheid uiterst precair is (bv. alleen gestrand op weg naar Europa).',
    fr: 'Si les parents ne viennent pas, les chances sont bien plus faibles. S’ils sont décédés ou disparus, prouvez-le et montrez une situation extrêmement précaire, une vulnérabilité ou un besoin accrus et des risques de protection ; s’ils sont en vie, un dossier solide doit prouver de manière convaincante qu’ils ne peuvent plus du tout s’occuper de vous et que votre sécurité est extrêmement précaire (p. ex. bloqué(e) seul(e) en route vers l’Europe).',
    en: 'When the parents do not come along the chances are much lower. If the parents died or are missing, prove it and show an extremely precarious situation, heightened vulnerability or need, and protection risks; if they are alive, a strong file must show convincingly that they can no longer care for you at all and that your safety is extremely precarious (e.g. stranded alone on the way to Europe).',
  },
  'adult-child': {
    nl: 'Een meerderjarig kind heeft kans als het aantoont dat het nog deel uitmaakt van het oorspronkelijke kerngezin en anders alleen en geïsoleerd achterblijft: ongehuwd, studerend, zonder eigen inkomsten, altijd samengewoond met de ouders, gezinsleven enkel onderbroken door hun gedwongen vlucht. Het dossier is sterker met minderjarige broers en zussen die tegelijk gezinshereniging vragen, medische behoeftigheid, voldoende bestaansmiddelen (en huisvesting) van de ouder in België, of beschermingsrisico’s. Een meerderjarig kind met een handicap kan onder voorwaarden gezinshereniging vragen.',
    fr: 'Un enfant majeur a des chances s’il montre qu’il fait toujours partie du noyau familial d’origine et qu’il resterait sinon seul et isolé : non marié, aux études, sans revenus propres, ayant toujours vécu avec ses parents, vie familiale interrompue par leur seule fuite forcée. Le dossier est plus fort avec des frères et sœurs mineurs qui demandent en même temps le regroupement familial, un besoin médical, des moyens de subsistance suffisants (et un logement) du parent en Belgique, ou des risques de protection. Un enfant majeur handicapé peut, sous conditions, demander le regroupement familial.',
    en: 'An adult child has a chance by showing that they still belong to the original nuclear family and would otherwise be left alone and isolated: unmarried, studying, no own income, always lived with the parents, family life interrupted only by the parents’ forced flight. The file is stronger with minor siblings applying for family reunification at the same time, medical need, the parent’s sufficient means (and housing) in Belgium, or protection risks. An adult child with a disability may qualify for family reunification under conditions.',
  },
  'parent-of-adult-child': {
    nl: 'Een ouder van een meerderjarig kind maakt over het algemeen enkel kans met een uitzonderlijke kwetsbaarheid: hoge leeftijd, medische problemen, isolement door het wegvallen van familieleden (bv. het recente overlijden van je echtgenoot of echtgenote); toon ook aan dat je altijd met je kind(eren) samenwoonde. Het dossier is sterker als je kind voldoende bestaansmiddelen (en huisvesting) in België heeft, of internationale bescherming geniet en het gezinsleven enkel door de gedwongen vlucht werd onderbroken.',
    fr: 'Un parent d’enfant majeur n’a en général une chance qu’avec une vulnérabilité exceptionnelle : âge avancé, problèmes médicaux, isolement dû à la perte de proches (p. ex. le décès récent du conjoint) ; montrez aussi que vous avez toujours vécu avec votre ou vos enfants. Le dossier est plus fort si votre enfant dispose de moyens de subsistance suffisants (et d’un logement) en Belgique, ou bénéficie d’une protection internationale et que la vie familiale n’a été interrompue que par la fuite forcée.',
    en: 'A parent of an adult child generally has a chance only with exceptional vulnerability: old age, medical problems, isolation after losing family members (e.g. the recent death of a spouse); also show that you always lived with your child(ren). The file is stronger if your child has sufficient means (and housing) in Belgium, or has international protection and family life was interrupted only by the forced flight.',
  },
  'de-facto-child': {
    nl: 'Bij een feitelijke adoptie of een niet-erkende buitenlandse voogdij of adoptie maakt een humanitair visum enkel kans met een sterk dossier: DVZ past een hoge bewijslast toe. Toon sterke affectieve en/of financiële banden aan, dat je altijd deel uitmaakte van het gezin en dat niemand anders voor je kan zorgen, en voeg de buitenlandse akte of beslissing toe; het dossier is sterker als de (feitelijke) adoptieouder of voogd voldoende bestaansmiddelen in België heeft of internationale bescherming geniet. Een voogdij bekrachtigd door een Belgische rechtbank of een adoptie erkend door de FCA geeft wel recht op gezinshereniging.',
    fr: 'En cas d’adoption de fait ou de tutelle ou adoption étrangère non reconnue, un visa humanitaire n’a de chance qu’avec un dossier solide : l’OE applique une charge de la preuve élevée. Prouvez des liens affectifs et/ou financiers forts, que vous avez toujours fait partie de la famille et que personne d’autre ne peut s’occuper de vous, et joignez l’acte ou la décision étrangère ; le dossier est plus fort si le parent adoptif (de fait) ou le tuteur a des moyens suffisants en Belgique ou bénéficie d’une protection internationale. Une tutelle homologuée par un tribunal belge ou une adoption reconnue par l’ACF ouvre le droit au regroupement familial.',
    en: 'With a de-facto adoption or an unrecognised foreign guardianship or adoption, a humanitarian visa has a chance only with a strong file: DVZ applies a high burden of proof. Prove strong emotional and/or financial ties, that you always belonged to the family and that nobody else can care for you, and add the foreign deed or decision; the file is stronger if the (de-facto) adoptive parent or guardian has sufficient means in Belgium or has international protection. A guardianship confirmed by a Belgian court or an adoption recognised by the FCA does open family reunification.',
  },
  other: {
    nl: 'Elke familiale en humanitaire situatie is anders; ook situaties die de bron niet noemt, kunnen kans maken. Beschrijf en documenteer de individuele situatie zo concreet mogelijk (een verwijzing naar de algemene situatie volstaat niet); duidelijke banden met België samen met voldoende eigen middelen om nooit ten laste van de sociale bijstand te vallen, kunnen volstaan.',
    fr: 'Chaque situation familiale et humanitaire est différente ; des situations que la source ne cite pas peuvent aussi aboutir. Décrivez et documentez la situation individuelle aussi concrètement que possible (un renvoi à la situation générale ne suffit pas) ; des liens clairs avec la Belgique, avec des moyens propres suffisants pour ne jamais dépendre de l’aide sociale, peuvent suffire.',
    en: 'Every family and humanitarian situation is different; situations the source does not name can succeed too. Describe and document the individual situation as concretely as possible (a reference to the general situation is not enough); clear ties with Belgium together with enough own means never to depend on social assistance can be sufficient.',
  },
};

function situation(lang: Lang) {
  return (p: Params): string => SITUATIONS[str(p.situation)]?.[lang] ?? str(p.situation);
}

const WHERE: Record<string, Record<Lang, string>> = {
  'other-post-legal-residence': {
    nl: 'Een andere Belgische post dan de bevoegde post in het herkomstland kan alleen als je in dat land een verblijfsrecht hebt (geen kort verblijf); voeg het bewijs daarvan toe.',
    fr: 'Un autre poste belge que le poste compétent dans le pays d’origine n’est possible que si vous avez un droit de séjour dans ce pays (pas un court séjour) ; joignez-en la preuve.',
    en: 'A Belgian post other than the competent one in the country of origin is possible only with a residence right in that country (not a short stay); add proof of it.',
  },
  'other-post-mixed': {
    nl: 'Een andere post kan alleen bij een gemengde aanvraag: je humanitaire aanvraag wordt gelijktijdig ingediend met de aanvragen gezinshereniging van je gezinsleden bij die post.',
    fr: 'Un autre poste n’est possible que pour une demande mixte : votre demande humanitaire est introduite en même temps que les demandes de regroupement familial des membres de votre famille à ce poste.',
    en: 'Another post is possible only for a mixed application: your humanitarian application is filed at the same time as your family members’ family-reunification applications at that post.',
  },
  'other-post-exceptional': {
    nl: 'Een andere post kan alleen in zeer uitzonderlijke gevallen, als de aanvraag niet bij de bevoegde post kan worden ingediend; de post beoordeelt dat individueel en kan DVZ om advies vragen. Leg uit waarom.',
    fr: 'Un autre poste n’est possible que dans des cas très exceptionnels, si la demande ne peut pas être introduite au poste compétent ; le poste en juge individuellement et peut demander l’avis de l’OE. Expliquez pourquoi.',
    en: 'Another post is possible only in very exceptional cases, when the application cannot be filed at the competent post; the post judges this individually and may ask DVZ for advice. Explain why.',
  },
};

const NOT_ALONGSIDE: Record<Lang, string> = {
  nl: ' Het dossier vermeldt niet dat gezinsleden tegelijk gezinshereniging aanvragen.',
  fr: ' Le dossier n’indique pas que des membres de la famille demandent en même temps le regroupement familial.',
  en: ' The file does not say that family members apply for family reunification at the same time.',
};

function whereToApply(lang: Lang) {
  return (p: Params): string => {
    const text = WHERE[str(p.applyingAt)]?.[lang] ?? str(p.applyingAt);
    return p.applyingAt === 'other-post-mixed' && p.alongside !== true ? text + NOT_ALONGSIDE[lang] : text;
  };
}

/** How the message opens, after what in the file makes the application mixed (check.ts). */
const MIXED_OPENING: Record<string, Record<Lang, string>> = {
  alongside: {
    nl: 'Gezinsleden vragen tegelijk gezinshereniging aan',
    fr: 'Des membres de la famille demandent en même temps le regroupement familial',
    en: 'Family members apply for family reunification at the same time',
  },
  'other-post-mixed': {
    nl: 'Je dient een gemengde aanvraag in, gelijktijdig met de aanvragen gezinshereniging van je gezinsleden',
    fr: 'Vous introduisez une demande mixte, en même temps que les demandes de regroupement familial des membres de votre famille',
    en: 'You file a mixed application, at the same time as your family members’ family-reunification applications',
  },
  'minor-sibling-of-uam': {
    nl: 'Je ouders vragen tegelijk gezinshereniging aan',
    fr: 'Vos parents demandent en même temps le regroupement familial',
    en: 'Your parents apply for family reunification at the same time',
  },
};

function mixed(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const m = str(p.months);
    const opening = (MIXED_OPENING[str(p.trigger)] ?? MIXED_OPENING.alongside!)[lang];
    return {
      nl: () => `${opening}: het bureau gezinshereniging van DVZ behandelt de dossiers samen als jullie een gezin vormen (samenwonen, verwant in de eerste graad), de visumaanvragen gelijktijdig indienen en samen naar België reizen; anders behandelt het bureau lang verblijf je dossier. Gemengde dossiers volgen de termijn van gezinshereniging, maximaal ${m} maanden: ${f.date(p.by)} voor een aanvraag van ${f.date(p.applied)}.`,
      fr: () => `${opening} : le bureau regroupement familial de l’OE traite les dossiers ensemble si vous formez une famille (vivre ensemble, parents au premier degré), introduisez les demandes de visa simultanément et voyagez ensemble vers la Belgique ; sinon le bureau long séjour traite votre dossier. Les dossiers mixtes suivent le délai du regroupement familial, au maximum ${m} mois : le ${f.date(p.by)} pour une demande du ${f.date(p.applied)}.`,
      en: () => `${opening}: DVZ’s family-reunification bureau handles the files together if you form a family (living together, first-degree relatives), submit the visa applications at the same time and travel to Belgium together; otherwise the long-stay bureau handles your file. Mixed files follow the family-reunification term of at most ${m} months: ${f.date(p.by)} for an application of ${f.date(p.applied)}.`,
    }[lang]();
  };
}

function register(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const n = str(p.workingDays);
    const after = {
      nl: 'Je krijgt een bijlage 15 en na een positieve woonstcontrole een A-kaart.',
      fr: 'Vous recevez une annexe 15 puis, après un contrôle de résidence positif, une carte A.',
      en: 'You get a bijlage 15, then an A card after a positive residence check.',
    }[lang];
    if (typeof p.deadline !== 'string') {
      return {
        nl: () => `Schrijf je na aankomst binnen ${n} werkdagen in bij de gemeente waar je verblijft. ${after}`,
        fr: () => `Après l’arrivée, inscrivez-vous dans les ${n} jours ouvrables à la commune où vous résidez. ${after}`,
        en: () => `After arrival, register within ${n} working days at the municipality where you live. ${after}`,
      }[lang]();
    }
    const arrival = f.date(p.arrival);
    const deadline = f.date(p.deadline);
    if (typeof p.aCardIssued === 'string') {
      return {
        nl: () => `Ingeschreven bij de gemeente: de A-kaart werd afgegeven op ${f.date(p.aCardIssued)}.`,
        fr: () => `Inscription à la commune effectuée : la carte A a été délivrée le ${f.date(p.aCardIssued)}.`,
        en: () => `Registration at the municipality done: the A card was issued on ${f.date(p.aCardIssued)}.`,
      }[lang]();
    }
    if (typeof p.registered === 'string' && p.inTime === true) {
      return {
        nl: () => `Ingeschreven op ${f.date(p.registered)}, binnen de ${n} werkdagen na aankomst op ${arrival} (${deadline}).`,
        fr: () => `Inscription le ${f.date(p.registered)}, dans les ${n} jours ouvrables suivant l’arrivée du ${arrival} (${deadline}).`,
        en: () => `Registered on ${f.date(p.registered)}, within the ${n} working days from arrival on ${arrival} (${deadline}).`,
      }[lang]();
    }
    if (typeof p.registered === 'string') {
      return {
        nl: () => `Ingeschreven op ${f.date(p.registered)}, na de ${n} werkdagen na aankomst op ${arrival} (${deadline}). Bewaar het bewijs van de datum en de reden.`,
        fr: () => `Inscription le ${f.date(p.registered)}, après les ${n} jours ouvrables suivant l’arrivée du ${arrival} (${deadline}). Gardez la preuve de la date et du motif.`,
        en: () => `Registered on ${f.date(p.registered)}, after the ${n} working days from arrival on ${arrival} (${deadline}). Keep proof of the date and the reason.`,
      }[lang]();
    }
    const late = p.past !== true
      ? ''
      : p.arrived === true
        ? { nl: ' Die dag is voorbij en er is geen inschrijving vermeld: ga meteen naar de gemeente.', fr: ' Ce jour est passé et aucune inscription n’est indiquée : rendez-vous immédiatement à la commune.', en: ' That day has passed and no registration is recorded: go to the municipality at once.' }[lang]
        : { nl: ' De geplande aankomst is voorbij: vul de echte aankomstdatum in, de termijn loopt vanaf die dag.', fr: ' L’arrivée prévue est passée : indiquez la date d’arrivée réelle, le délai court à partir de ce jour.', en: ' The planned arrival has gone by: record the real arrival date, the deadline runs from that day.' }[lang];
    return {
      nl: () => `Schrijf je binnen ${n} werkdagen na aankomst op ${arrival} in bij de gemeente: uiterlijk ${deadline}.${late} ${after}`,
      fr: () => `Inscrivez-vous à la commune dans les ${n} jours ouvrables suivant l’arrivée du ${arrival} : au plus tard le ${deadline}.${late} ${after}`,
      en: () => `Register at the municipality within ${n} working days of arrival on ${arrival}: by ${deadline}.${late} ${after}`,
    }[lang]();
  };
}

export const humanitarianMessages = {
  'HUM.DISCRETIONARY': {
    nl: () =>
      'Een humanitair visum is een gunst, geen recht: DVZ beoordeelt elke aanvraag individueel, vooral de kwetsbaarheid en de bijzondere banden met België, en ook voldoende bestaansmiddelen van het familielid in België kunnen meespelen. Laat je bijstaan door een advocaat of gespecialiseerde hulpverlener om de kansen in te schatten en het dossier op te stellen.',
    fr: () =>
      'Un visa humanitaire est une faveur, pas un droit : l’OE examine chaque demande individuellement, surtout la vulnérabilité et les liens particuliers avec la Belgique, et des moyens de subsistance suffisants du membre de la famille en Belgique peuvent aussi compter. Faites-vous aider par un avocat ou un service spécialisé pour évaluer les chances et préparer le dossier.',
    en: () =>
      'A humanitarian visa is a favour, not a right: DVZ assesses each application individually, mainly vulnerability and special ties with Belgium, and sufficient means of the family member in Belgium can also count. A lawyer or specialised service is advised to assess the chances and prepare the file.',
  },
  'HUM.SITUATION': { nl: situation('nl'), fr: situation('fr'), en: situation('en') },
  'HUM.FAMILY_REUNIFICATION_ROUTE': {
    nl: () =>
      'Niet-erkend religieus of gewoonterechtelijk huwelijk en het familielid in België geniet internationale bescherming: in de praktijk kan je de aanvraag indienen als gezinshereniging (artikel 10), zonder retributie, behandeld door het bureau gezinshereniging. Bij een positieve beslissing krijg je een humanitair visum met code B17 in plaats van B11, wat gevolgen heeft voor de verlenging van je verblijf.',
    fr: () =>
      'Mariage religieux ou coutumier non reconnu et membre de la famille en Belgique bénéficiant d’une protection internationale : en pratique, la demande peut être introduite comme regroupement familial (article 10), sans redevance, et elle est traitée par le bureau regroupement familial. En cas de décision positive, un visa humanitaire portant le code B17 au lieu de B11 est délivré, ce qui a des conséquences pour le renouvellement du séjour.',
    en: () =>
      'Unrecognised religious or customary marriage, and the family member in Belgium has international protection: in practice the application can be filed as family reunification (article 10), without the fee, and is handled by the family-reunification bureau. If granted, a humanitarian visa with code B17 is issued instead of B11, which affects the renewal of the residence right after arrival.',
  },
  'HUM.MIXED_APPLICATION': { nl: mixed('nl'), fr: mixed('fr'), en: mixed('en') },
  'HUM.WHERE_TO_APPLY': { nl: whereToApply('nl'), fr: whereToApply('fr'), en: whereToApply('en') },
  'HUM.ASYLUM_CONSISTENCY': {
    nl: () =>
      'Het familielid in België heeft internationale bescherming: controleer of de aanvraag overeenstemt met de verklaringen in het asieldossier (verklaringen bij DVZ, notities van het persoonlijk onderhoud bij het CGVS over familiebanden en risico’s); voeg anders een plausibele verklaring toe.',
    fr: () =>
      'Le membre de la famille en Belgique bénéficie d’une protection internationale : vérifiez que la demande concorde avec les déclarations du dossier d’asile (déclarations à l’OE, notes de l’entretien personnel au CGRA sur les liens familiaux et les risques) ; sinon, joignez une explication plausible.',
    en: () =>
      'The family member in Belgium has international protection: check that the application matches the statements in the asylum file (statements to DVZ, CGVS interview notes on family ties and risks); where it does not, add a plausible explanation.',
  },
  'HUM.PRIORITY': {
    nl: () => 'Bij een bijzonder prangende situatie met ernstige beschermingsrisico’s op korte termijn kan je een prioritaire behandeling vragen; voeg bewijzen van het risico op imminente schade toe. Dat wordt niet vaak toegekend.',
    fr: () => 'En cas de situation particulièrement urgente avec des risques graves à court terme, vous pouvez demander un traitement prioritaire ; joignez des preuves du risque de préjudice imminent. Ce traitement est rarement accordé.',
    en: () => 'For a particularly urgent situation with serious protection risks in the short term you can ask for priority treatment; add proof of the risk of imminent harm. It is not often granted.',
  },
  'HUM.REGISTER': { nl: register('nl'), fr: register('fr'), en: register('en') },
} satisfies Record<string, RuleMessages>;
