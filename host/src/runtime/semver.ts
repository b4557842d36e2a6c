// The semver matcher of the SDK check (isSdkCompatible.ts): the federation runtime's own `satisfy` (it checks shared
// versions with it), so the host carries no second one. A chunk of its own, about 1.5 kB gzip: the desktop loads it when
// idle to check the catalogue's ranges, and the rest of the runtime (federation.ts) only when an open is near. The
// runtime's packages declare no `sideEffects`; vite.config.ts lets the bundler leave their other modules out of here.
export { satisfy } from '@module-federation/runtime';
