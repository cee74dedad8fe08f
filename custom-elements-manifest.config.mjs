// Custom elements manifest (`npm run build`): events come from the @fires tags of each element.
// The analyzer also lists every `dispatchEvent(new SomeEvent())` as an event without a name;
// those are the documented events already, so they are dropped.
export default {
  globs: ['src/components/**/*.ts'],
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer must not rewrite it
  // (the manifest test writes its copy to another folder).
  packagejson: false,
  plugins: [
    {
      name: 'kz-drop-unnamed-events',
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
