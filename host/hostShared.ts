// The modules the host provides to every remote, as singletons. react-dom/client and react/jsx-runtime must be listed
// too: a remote that imports them would otherwise bring its own React and fail with error #321 (stack.md).
export const hostShared = {
  react: { singleton: true, requiredVersion: '^19.0.0' },
  'react-dom': { singleton: true, requiredVersion: '^19.0.0' },
  'react-dom/client': { singleton: true, requiredVersion: '^19.0.0' },
  'react/jsx-runtime': { singleton: true, requiredVersion: '^19.0.0' },
  '@toolbox/sdk': { singleton: true, requiredVersion: '^1.0.0' },
};
