// Lint: TypeScript, Lit templates (eslint-plugin-lit) and custom-element rules (eslint-plugin-wc).
// core/ must stay free of Lit and the DOM-side layers (ARCHITECTURE.md).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'demo-dist/**', 'coverage/**', 'node_modules/**', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Elements register through the guarded RkElement.define(), never customElements.define directly.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
      'lit/no-invalid-html': 'error',
      'lit/no-value-attribute': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']", message: 'Use RkElement.define() (guarded).' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: render through Lit templates (untrusted data).' },
      ],
    },
  },
  {
    files: ['src/base/rk-element.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '**/base/*', '**/elements/*'], message: 'core/ is pure: no Lit, no DOM-side layers.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
