// The project's linter: typescript-eslint's strict type-checked rules, the Office.js rules of
// eslint-plugin-office-addins and React's hooks rules. `npm run lint` runs it; .ci/run fails on any finding.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

// The plugin's recommended preset also switches on Prettier and its own older parser; we take only
// its Office.js rules, as it lists them, so a rule the plugin adds to that list is on here too.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/'))
    .map(([name]) => [name, 'error']),
);

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { ignores: ['build/', 'dist/', 'out/', 'coverage/', 'node_modules/', 'test/', 'assets/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      // Numbers in template literals are how every message and cell address is built; booleans and
      // objects stay forbidden.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` is React's idiom; a void value used anywhere else is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/hooks/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // Internet Explorer 11 must parse this file (test/taskpane/legacy-check.test.ts): plain ES5, no types.
    files: ['src/taskpane/legacy-check.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { window: 'readonly', document: 'readonly' } },
  },
);
