/**
 * ESLint rule `tovholder/danish-text-in-catalogue`: user-facing Danish lives in the text catalogue `shared/text/`
 * (STYLE §12). Outside it, a string literal, a template literal or JSX text is refused when it
 *  - contains a Danish letter (æ, ø, å, Æ, Ø, Å), or
 *  - reads as a Danish sentence: at least two different common Danish function words („ikke“, „og“, „det“ …).
 * With the option `{ jsx: 'all' }` (used for renderer/), every JSX text with a word in it and every string value of
 * a text attribute (`aria-label`, `title`, `alt`, `placeholder`, `label`) is refused too, Danish-looking or not:
 * on a screen, all words a person reads come from the catalogue.
 * With the option `{ uiProperties: true }` (used for electron/), a string or template literal with a letter in it is
 * refused, Danish-looking or not, where the core hands words to a person: the value of a property named `title`,
 * `label`, `detail`, `summary`, `message`, `description` or `heading`, the `name` of a file filter (in a dialog's `filters`
 * array, or a single `filter` object), and the message of `new AppError(code, '…')` (also through `a ? '…' : '…'` and `a ?? '…'`).
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

/** Properties whose string value the core hands to a person (dialog titles, timeline entries, messages …). */
const UI_PROPERTIES = new Set(['title', 'label', 'detail', 'summary', 'message', 'description', 'heading']);

/** @param {any} key */
function keyName(key) {
  if (!key) return null;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return null;
}

/**
 * Whether a string node is, possibly through `a ? '…' : '…'` or `a ?? '…'`, a UI property value, a dialog filter's
 * `name`, or the message of `new AppError(code, '…')`.
 * @param {any} node
 */
function isUiString(node) {
  let child = node;
  let parent = node.parent;
  while (parent && ((parent.type === 'ConditionalExpression' && parent.test !== child) || parent.type === 'LogicalExpression')) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  if (parent.type === 'NewExpression') {
    return parent.callee.type === 'Identifier' && parent.callee.name === 'AppError' && parent.arguments.indexOf(child) === 1;
  }
  if (parent.type !== 'Property' || parent.value !== child || parent.computed) return false;
  const name = keyName(parent.key);
  if (name && UI_PROPERTIES.has(name)) return true;
  if (name !== 'name') return false;
  const object = parent.parent;
  const array = object?.parent;
  const holder = array?.parent;
  if (object?.type !== 'ObjectExpression') return false;
  // `filter: { name: '…' }` (one filter) or `filters: [{ name: '…' }]` (a dialog's list).
  if (array?.type === 'Property' && array.value === object && keyName(array.key) === 'filter') return true;
  return array?.type === 'ArrayExpression' && holder?.type === 'Property' && holder.value === array && keyName(holder.key) === 'filters';
}

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
    schema: [
      {
        type: 'object',
        properties: { jsx: { enum: ['danish', 'all'] }, uiProperties: { type: 'boolean' } },
        additionalProperties: false,
      },
    ],
    messages: {
      letter: 'Danish text outside the catalogue: move „{{text}}“ to shared/text/ and import it.',
      sentence: 'This reads as a Danish sentence outside the catalogue: move „{{text}}“ to shared/text/ and import it.',
      screenText: 'Words on a screen come from the catalogue: move „{{text}}“ to shared/text/ and import it.',
      uiText: 'Words the core hands to a person come from the catalogue: move „{{text}}“ to shared/text/ and import it.',
    },
  },
  create(context) {
    const allJsx = context.options[0]?.jsx === 'all';
    const uiProperties = context.options[0]?.uiProperties === true;
    /** @param {import('estree').Node} node @param {string} text @param {boolean} [onScreen] */
    function check(node, text, onScreen = false) {
      const reason =
        danishReason(text) ??
        (onScreen && /\p{L}{2,}/u.test(text) ? 'screenText' : null) ??
        (uiProperties && /\p{L}/u.test(text) && isUiString(node) ? 'uiText' : null);
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
