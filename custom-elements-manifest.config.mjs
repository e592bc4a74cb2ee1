// custom-elements.json is generated from the JSDoc on each element class (STYLE.md §3).
// `npm run analyze` writes it; CI fails when the committed file is stale.
export default {
  globs: ['src/elements/**/*.ts', 'src/base/rk-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts', 'src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  dev: false,
  plugins: [
    {
      // Private/internal members (# or _ prefixed, or `private`) stay out of the public docs.
      name: 'rk-hide-private',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in file-system order, which differs between clones:
        // sort by path so the committed manifest is the same on every machine.
        customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            // RkElement.emit() dispatches by variable name; the real events are documented with @fires.
            if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
            if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
