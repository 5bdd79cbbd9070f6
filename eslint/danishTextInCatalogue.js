/**
 * ESLint rule `tovholder/danish-text-in-catalogue`: user-facing Danish lives in the text catalogue `shared/text/`
 * (STYLE §12). Outside it, a string literal, a template literal or JSX text is refused when it
 *  - contains a Danish letter (æ, ø, å, Æ, Ø, Å), or
 *  - reads as a Danish sentence: at least two different common Danish function words („ikke“, „og“, „det“ …).
 * With the option `{ jsx: 'all' }` (used for renderer/), every JSX text with a word in it and every string value of
 * a text attribute (`aria-label`, `title`, `alt`, `placeholder`, `label`) is refused too, Danish-looking or not:
 * on a screen, all words a person reads come from the catalogue.
 * Not checked: import/export sources, `'use strict'`-style directives, TypeScript literal types, property keys
 * (`{ 'x': … }`), and strings that are only an identifier-like key (no space, no Danish letter).
 * Where the rule applies (which folders, which files are data) is set in eslint.config.js and described in
 * docs/architecture.md („One catalogue of Danish text“).
 */

const DANISH_LETTER = /[æøåÆØÅ]/;

/**
 * Words that are common in Danish sentences and rare in English code and English messages. Words English shares
 * („for“, „at“, „under“, „men“ …) are left out, so an English developer message is not taken for Danish.
 */
const DANISH_WORDS = new Set([
  'og', 'ikke', 'er', 'det', 'et', 'en', 'til', 'af', 'med', 'som', 'der', 'kan', 'skal', 'har', 'den', 'du',
  'vi', 'fra', 'eller', 'hvis', 'ingen', 'intet', 'blev', 'bliver', 'nu', 'kun', 'mellem', 'efter', 'igen', 'ny',
  'nye', 'alle', 'eller', 'mens', 'skriv', 'findes', 'gemt', 'hvor', 'hvad', 'hvem', 'dit', 'din', 'dine', 'jeres',
  'barnet', 'mødet', 'sig', 'var', 'vil', 'mig', 'dig', 'os', 'dem', 'deres', 'hans', 'hendes', 'sin', 'sit', 'sine',
]);

/** @param {string} text */
export function danishReason(text) {
  if (DANISH_LETTER.test(text)) return 'letter';
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^a-zæøå]+/u)
      .filter((w) => DANISH_WORDS.has(w)),
  );
  return words.size >= 2 ? 'sentence' : null;
}

/** JSX attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label']);

/** @param {import('estree').Node & { parent?: any }} node */
function isExempt(node) {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSImportType':
    case 'TSExternalModuleReference':
    case 'TSLiteralType':
    case 'TSEnumMember':
      return true;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'TSPropertySignature':
      return parent.key === node && !parent.computed;
    case 'ExpressionStatement':
      return typeof parent.directive === 'string';
    default:
      return false;
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const danishTextInCatalogue = {
  meta: {
    type: 'problem',
    docs: { description: 'User-facing Danish text belongs in the text catalogue shared/text/.' },
    schema: [{ type: 'object', properties: { jsx: { enum: ['danish', 'all'] } }, additionalProperties: false }],
    messages: {
      letter: 'Danish text outside the catalogue: move „{{text}}“ to shared/text/ and import it.',
      sentence: 'This reads as a Danish sentence outside the catalogue: move „{{text}}“ to shared/text/ and import it.',
      screenText: 'Words on a screen come from the catalogue: move „{{text}}“ to shared/text/ and import it.',
    },
  },
  create(context) {
    const allJsx = context.options[0]?.jsx === 'all';
    /** @param {import('estree').Node} node @param {string} text @param {boolean} [onScreen] */
    function check(node, text, onScreen = false) {
      const reason = danishReason(text) ?? (onScreen && /\p{L}{2,}/u.test(text) ? 'screenText' : null);
      if (!reason) return;
      const shown = text.replace(/\s+/g, ' ').trim();
      context.report({ node, messageId: reason, data: { text: shown.length > 60 ? `${shown.slice(0, 57)}…` : shown } });
    }
    return {
      Literal(node) {
        if (typeof node.value !== 'string' || isExempt(node)) return;
        const parent = /** @type {any} */ (node).parent;
        const onScreen = allJsx && parent?.type === 'JSXAttribute' && TEXT_ATTRIBUTES.has(parent.name?.name);
        check(node, node.value, onScreen);
      },
      TemplateLiteral(node) {
        if (node.parent?.type === 'TSLiteralType') return;
        check(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' '));
      },
      JSXText(node) {
        check(node, node.value, allJsx);
      },
    };
  },
};

export default { rules: { 'danish-text-in-catalogue': danishTextInCatalogue } };
