/** Person search and the person picker (issue 16, item 6). */
export const personSearchText = {
  child: 'Barnet',
} as const;
