// electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs)
// in the packed binary, before electron-builder signs it.
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { FUSES } = require('./fuses.cjs');

const ARM64 = 3; // builder-util's Arch.arm64

/** The Electron binary electron-builder just packed, per platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const binary = electronBinary(context);
  await flipFuses(binary, {
    ...FUSES,
    // Flipping fuses breaks an ad-hoc signature, which Apple silicon requires.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64,
  });
  console.log(`  • fuses flipped in ${path.relative(process.cwd(), binary)}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.electronBinary = electronBinary;
