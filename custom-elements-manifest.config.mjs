// `cem analyze` reads events from dispatchEvent calls and from @fires JSDoc. The element
// dispatches through one helper, #emit(type, …), which the analyzer reports as an event
// named "type"; the real events are the @fires entries, so that one is dropped.
export default {
  litelement: true,
  globs: ['src/cai-cach-quiz.ts', 'src/index.ts'],
  plugins: [
    {
      name: 'drop-emit-helper-event',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'type');
          }
        }
      },
    },
  ],
};
