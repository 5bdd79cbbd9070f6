/** Today in Denmark as YYYY-MM-DD (the renderer's clock; Playwright can fake it). */
export function todayLocal(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
