// Custom elements manifest (`npm run build`): events come from the @fires tags of each element.
// The README's API tables are made from it (scripts/api-tables.mjs).
export default {
  globs: ['src/components/**/*.ts', 'src/internal/kz-element.ts'],
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer must not rewrite it
  // (the manifest test writes its copy to another folder).
  packagejson: false,
  plugins: [
    {
      // A property's `@default` tag says its default in words ("the first", "inferred") where
      // the initial value (an empty string) would say nothing to a reader.
      name: 'kz-default-in-words',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent)) return;
        const tag = ts.getJSDocTags(node).find((t) => t.tagName.getText() === 'default');
        if (!tag) return;
        const words = ts.getTextOfJSDocComment(tag.comment)?.trim();
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.parent.name?.text);
        const name = node.name.getText();
        for (const doc of [
          ...(declaration?.members ?? []).filter((m) => m.name === name),
          ...(declaration?.attributes ?? []).filter((a) => a.fieldName === name),
        ])
          doc.default = words;
      },
    },
    {
      // The analyzer also lists every `dispatchEvent(new SomeEvent())` as an event without a
      // name; those are the documented events already, so they are dropped. Members marked
      // `@internal` (called by other parts of the library) are not the element's API.
      name: 'kz-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name);
            }
          }
        }
      },
    },
  ],
};
