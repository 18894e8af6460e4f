// `cem analyze` (scripts/build.mjs, and the manifest test in test/unit) reads this. custom-elements.json describes
// what a practice's page can use, read from the class comments in src/elements/: so it leaves out what is not theirs.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicSurfaceOnly()],
};

/**
 * Private and protected members are the elements' internals, not their API. And the analyzer lists every
 * `this.dispatchEvent(new PfErrorEvent(…))` as an event without a name (it cannot read the type from an Event
 * subclass); each such event is named and described by an `@event` tag in the class comment already.
 */
function publicSurfaceOnly() {
  return {
    name: 'patient-feedback:public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members)
            declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}
