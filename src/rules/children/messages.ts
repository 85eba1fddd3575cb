// Messages of the CHILD.* rules; each names the child.
import type { CatalogueRuleId } from '../catalogue';
import type { RuleMessages } from '../types';

export const CHILD_MESSAGES = {
  'CHILD.CUSTODY': {
    nl: (p) =>
      `${p.name}: de aanvrager heeft geen recht van bewaring over dit kind. Een kind kan enkel meereizen met een ouder die het recht van bewaring heeft, te bewijzen volgens het recht van de gewone verblijfplaats van het kind (meestal een rechterlijke beslissing).`,
    fr: (p) =>
      `${p.name} : le demandeur n’a pas le droit de garde de cet enfant. Un enfant ne peut accompagner qu’un parent qui en a la garde, ce qui se prouve selon le droit de la résidence habituelle de l’enfant (le plus souvent une décision judiciaire).`,
    en: (p) =>
      `${p.name}: the applicant has no custody of this child. A child can only travel along with a parent who has custody, proven under the law of the child's habitual residence (usually a court decision).`,
  },
  'CHILD.CONSENT': {
    nl: (p) =>
      `${p.name}: het recht van bewaring is gedeeld en de toestemming van de andere ouder is niet ingevuld. Voeg de schriftelijke toestemming van de andere ouder toe, of een officieel document of een rechterlijke beslissing die bevestigt dat de andere ouder verdwenen is.`,
    fr: (p) =>
      `${p.name} : la garde est partagée et le consentement de l’autre parent n’est pas indiqué. Joignez le consentement écrit de l’autre parent, ou un document officiel ou une décision judiciaire confirmant la disparition de l’autre parent.`,
    en: (p) =>
      `${p.name}: custody is shared and the other parent's consent is not recorded. Add the other custody holder's written consent, or an official document or court decision confirming that the other parent has disappeared.`,
  },
  'CHILD.NOT_OWN': {
    nl: (p) =>
      `${p.name}: een pleegkind of een kind onder buitenlandse voogdij kan niet meereizen met dit visum. Een humanitair visum is wel mogelijk; dat vraagt een sterk dossier over de banden met de (feitelijke) ouder of voogd.`,
    fr: (p) =>
      `${p.name} : un enfant placé ou sous tutelle étrangère ne peut pas vous accompagner avec ce visa. Un visa humanitaire est possible ; il demande un dossier solide sur les liens avec le parent ou tuteur (de fait).`,
    en: (p) =>
      `${p.name}: a foster child or a child under foreign guardianship cannot travel along on this visa. A humanitarian visa may be possible; it needs a strong file on the ties with the (de facto) parent or guardian.`,
  },
  'CHILD.MARRIED': {
    nl: (p) => `${p.name} is gehuwd: enkel een ongehuwd kind kan meereizen.`,
    fr: (p) => `${p.name} est marié(e) : seul un enfant non marié peut vous accompagner.`,
    en: (p) => `${p.name} is married: only an unmarried child can travel along.`,
  },
} satisfies Partial<Record<CatalogueRuleId, RuleMessages>>;
