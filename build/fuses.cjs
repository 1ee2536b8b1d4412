// Electron fuses for the packaged app (issue 8): flipped in the binary by
// build/afterPack.cjs, before electron-builder signs it. Plain CommonJS so
// electron-builder loads it without a TypeScript step.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Off: the packaged binary cannot be turned into a general Node runtime or debugged from outside. */
/** On: only the signed app.asar runs, and its integrity is checked (macOS and Windows). */
const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
};

module.exports = { FUSES };
