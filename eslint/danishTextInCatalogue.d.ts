import type { ESLint, Rule } from 'eslint';

export function danishReason(text: string): 'letter' | 'sentence' | null;
export const danishTextInCatalogue: Rule.RuleModule;
declare const plugin: ESLint.Plugin & { rules: { 'danish-text-in-catalogue': Rule.RuleModule } };
export default plugin;
