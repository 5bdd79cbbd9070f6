/** Words of the restore screen that tell the user what happened (issue 12). */
export const restoreText = {
  restored: 'Sikkerhedskopien er gendannet.',
  replacedKept: 'De data, der blev erstattet, er gemt som en sikkerhedskopi. Du kan gendanne dem under „Sikkerhedskopier lavet før en gendannelse“.',
  /** One safety copy in the list: when it was made and its size. */
  safetyCopyLine: (when: string, kb: number) => `Lavet ${when} (${kb} kB)`,
} as const;
