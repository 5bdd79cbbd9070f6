/** Labels for search results added in issue 11 (item 7): the approved referat's text, and the overgangsskema. */
export const searchText = {
  referat: 'Godkendt referat',
  overgangsskema: 'Overgangsskema',
} as const;
