import { z } from 'zod';
import { ROLE_CODES } from '../domain/roles';
import { MEETING_TYPES, ITEM_KINDS, OUTCOME_CODES, DOCUMENT_KINDS } from './codes';
export { MEETING_TYPES, ITEM_KINDS, OUTCOME_CODES, DOCUMENT_KINDS, ITEM_KIND_LABELS, OUTCOME_LABELS, MEETING_TYPE_LABELS, LAERINGSKOMPETENCER, TRIVSEL_DIMENSIONS } from './codes';
export type { MeetingType, ItemKind, OutcomeCode } from './codes';

/**
 * A meeting template is data, not code (SPEC §9.1 req. 1). The bundled catalogue and a kommune's own pack
 * are validated by the same schema, and a meeting keeps a snapshot of the template version it was created from.
 */

const roleCode = z.enum(ROLE_CODES);

export const TemplateParticipantSchema = z.strictObject({
  role: roleCode,
  /** Fixed members are always proposed; ad-hoc roles are offered when relevant. */
  fixed: z.boolean(),
  /** „begrænset og konsultativ rolle" (SPEC req. 4). */
  consultative: z.boolean().default(false),
  /** Dialogmøde rule: pick distriktsrådgiver or myndighedssagsbehandler from the child's case status. */
  rule: z.enum(['raadgiver_efter_sagsstatus']).optional(),
  note: z.string().max(300).optional(),
});

export const TemplateItemSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9_-]+$/, 'Kun små bogstaver, tal, bindestreg og understregning'),
  title: z.string().min(1).max(200),
  kind: z.enum(ITEM_KINDS),
  minutes: z.number().int().min(0).max(480),
  /** A fixed item cannot be removed from a meeting made from the template. */
  fixed: z.boolean().default(false),
  description: z.string().max(2000).optional(),
  /** Guiding questions shown to the chair during the item (e.g. Signs of Safety's three questions). */
  prompts: z.array(z.string().max(300)).max(20).optional(),
  /** Reserved time block, e.g. 0–2-årige in the ressourceteam (SPEC §2.4). */
  block: z.enum(['0-2']).optional(),
  /** Distriktsmøde sittings: which phase the item belongs to (SPEC req. 5). */
  phase: z.string().regex(/^[a-z0-9_-]+$/).optional(),
});

export const TemplateSignerSchema = z.strictObject({
  who: z.enum(['chair', 'referent', 'owner', 'parents', 'professional']),
  label: z.string().min(1).max(120),
});

export const TemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'Kun små bogstaver, tal og bindestreg'),
    version: z.number().int().min(1),
    type: z.enum(MEETING_TYPES),
    name: z.string().min(1).max(120),
    variant: z.string().max(120).optional(),
    purpose: z.string().min(1).max(2000),
    source: z.string().max(500).optional(),
    roles: z.strictObject({
      convener: roleCode,
      chair: roleCode,
      owner: roleCode,
      referent: roleCode,
    }),
    participants: z.array(TemplateParticipantSchema).max(40),
    parents: z.enum(['ja', 'nej', 'kun_samtykke']),
    cadence: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('ad_hoc') }),
      z.strictObject({ kind: z.literal('uger'), weeks: z.array(z.number().int().min(1).max(52)).min(1) }),
      z.strictObject({ kind: z.literal('kvartal') }),
      z.strictObject({ kind: z.literal('maaned') }),
      z.strictObject({ kind: z.literal('en_gang') }),
    ]),
    /** Cancelling a meeting in a series asks for confirmation and a reason (SPEC req. 15). */
    warnOnCancel: z.boolean().default(false),
    defaultDurationMinutes: z.number().int().min(5).max(600),
    defaultPlace: z.string().max(200).optional(),
    agenda: z.array(TemplateItemSchema).min(1).max(80),
    agendaRules: z.strictObject({
      allowAddItems: z.boolean(),
      allowReorder: z.boolean(),
      addableKinds: z.array(z.enum(ITEM_KINDS)),
    }),
    requiredDocuments: z.array(z.enum(DOCUMENT_KINDS)),
    outcomes: z.array(z.enum(OUTCOME_CODES)),
    referatPolicy: z.enum(['kraevet', 'valgfrit', 'intet']),
    signers: z.array(TemplateSignerSchema).max(10),
    phases: z.array(z.strictObject({ key: z.string().regex(/^[a-z0-9_-]+$/), title: z.string().min(1).max(120) })).optional(),
    preparation: z
      .strictObject({ form: z.literal('forberedelsesskema'), daysBefore: z.number().int().min(1).max(30) })
      .optional(),
    /** A named child needs a valid consent before it can be put on the agenda (SPEC req. 17). */
    consentForNamedChild: z.boolean().default(false),
    /** Dialogmøde: parents agree the agenda with the leader beforehand (SPEC §2.6). */
    parentsAgreeAgenda: z.boolean().default(false),
    /** One child per meeting (dialogmøde, overgang) vs. many child items (ressourceteam). */
    childScope: z.enum(['ingen', 'et_barn', 'flere_boern']),
    /** Transition templates: the kind of transition, used by the overgangsskema. */
    transition: z.enum(['hjem-vuggestue', 'hjem-dagpleje', 'dagpleje-boernehave', 'boernehave-skole']).optional(),
  })
  .superRefine((t, ctx) => {
    const keys = new Set<string>();
    t.agenda.forEach((item, i) => {
      if (keys.has(item.key)) {
        ctx.addIssue({ code: 'custom', path: ['agenda', i, 'key'], message: `Punktnøglen „${item.key}“ findes to gange` });
      }
      keys.add(item.key);
      if (item.phase && !t.phases?.some((p) => p.key === item.phase)) {
        ctx.addIssue({ code: 'custom', path: ['agenda', i, 'phase'], message: `Fasen „${item.phase}“ er ikke defineret i skabelonen` });
      }
    });
    if (t.referatPolicy === 'intet' && t.requiredDocuments.includes('referat')) {
      ctx.addIssue({ code: 'custom', path: ['requiredDocuments'], message: 'En skabelon uden referat kan ikke kræve et referat' });
    }
  });

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

export const TemplatePackSchema = z.strictObject({
  format: z.literal('tovholder-skabelonpakke'),
  packId: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(200),
  version: z.number().int().min(1),
  kommune: z.string().max(120).optional(),
  templates: z.array(TemplateSchema).min(1).max(200),
});
export type TemplatePack = z.infer<typeof TemplatePackSchema>;

