import type { ProgressOperation, ProgressStep } from '../ipc/events';

/** Words of the progress bar shown during backup, restore and key change (issue 17): the operation and its step. */
export const progressText = {
  operation: {
    backup: 'Sikkerhedskopi',
    restore: 'Gendannelse',
    rekey: 'Ny krypteringsnøgle',
  } satisfies Record<ProgressOperation, string>,
  step: {
    copy: 'Kopierer data …',
    encrypt: 'Krypterer kopien med adgangskoden …',
    verify: 'Kontrollerer at filen kan åbnes og er hel …',
    safetyCopy: 'Gemmer de nuværende data som sikkerhedskopi og skifter …',
    swap: 'Lægger filen på plads …',
    done: 'Færdig.',
  } satisfies Record<ProgressStep, string>,
  /** The bar's accessible name: the operation and how far it has come. */
  label: (operation: string, percent: number) => `${operation}: ${percent} % færdig`,
} as const;
