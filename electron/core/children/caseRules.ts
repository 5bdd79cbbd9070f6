/**
 * What the child's case accepts, written once (issue 16, item 2). Each rule is one function that the command
 * enforces with and that `getCase` hands to the screen as `CaseDetail.allowed`, so the screen offers exactly what the
 * core will take and never re-derives a rule.
 */
import { CONSENT_PURPOSES, defaultRecipient, PURPOSE_RECIPIENT_KINDS } from '../../../shared/domain/consentRules';
import { LINEALEN_SCALES, type LinealenVariant, type TrivselLabelSet } from '../../../shared/domain/scales';
import { PARENT_CONTACT_KINDS, type CaseDetail } from '../../../shared/schemas/case';
import { TRIVSEL_LEVELS } from '../../../shared/schemas/forms';
import { trivselLabels } from '../../../shared/text/wellbeing';
import type { KommuneSettings } from '../../../shared/schemas/settings';

type ParentContactKind = (typeof PARENT_CONTACT_KINDS)[number];
type TrivselLevel = (typeof TRIVSEL_LEVELS)[number];

/**
 * „Mistanke om overgreb" (SPEC req. 20, issue 11 item 6): while the flag is set the kommune's procedure applies and
 * parents are not drawn into the case first; the only parent contact recorded is the oral notice.
 */
export function contactAllowed(abuseSuspected: boolean, kind: ParentContactKind): boolean {
  return !abuseSuspected || kind === 'mundtlig_orientering';
}

/** The Børnelinealen levels a child can be given on the kommune's scale, each named as the screen shows it. */
export function linealenChoices(variant: LinealenVariant): { level: string; label: string }[] {
  return LINEALEN_SCALES[variant].levels.map((l) => ({ level: l.level, label: variant === 'farver' ? l.heading : `${l.level} – ${l.heading}` }));
}

export function linealenAccepted(variant: LinealenVariant, level: string): boolean {
  return linealenChoices(variant).some((l) => l.level === level);
}

/** The trivsel levels a new assessment can take, in the words of the label set it is stored with. */
export function trivselChoices(labels: TrivselLabelSet): { level: TrivselLevel; label: string }[] {
  const words = trivselLabels(labels);
  return TRIVSEL_LEVELS.map((level) => ({ level, label: words[level] }));
}

export function trivselAccepted(labels: TrivselLabelSet, level: string): boolean {
  return trivselChoices(labels).some((l) => l.level === level);
}

/** Per purpose, the recipient kinds a consent may name (`recipientProblem` refuses the others) and the default. */
export function consentRecipientChoices(): CaseDetail['allowed']['consentRecipients'] {
  return CONSENT_PURPOSES.map((purpose) => ({ purpose, kinds: [...PURPOSE_RECIPIENT_KINDS[purpose]], defaultRecipient: defaultRecipient(purpose) }));
}

/** Everything the case page may offer now, for one child under the kommune's settings. */
export function allowedForCase(k: Pick<KommuneSettings, 'linealenVariant' | 'trivselLabels' | 'cprEnabled'>, abuseSuspected: boolean): CaseDetail['allowed'] {
  return {
    linealen: { variant: k.linealenVariant, scaleName: LINEALEN_SCALES[k.linealenVariant].name, levels: linealenChoices(k.linealenVariant) },
    trivsel: { labels: k.trivselLabels, levels: trivselChoices(k.trivselLabels) },
    parentContactKinds: PARENT_CONTACT_KINDS.filter((kind) => contactAllowed(abuseSuspected, kind)),
    consentRecipients: consentRecipientChoices(),
    cpr: k.cprEnabled,
  };
}
