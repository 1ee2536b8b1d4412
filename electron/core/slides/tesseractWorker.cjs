'use strict';

/*
 * The Tesseract worker thread the slide reader starts (its `workerPath`):
 * tesseract.js's own worker script for Node, with two changes that keep
 * the reader offline. Fetching is refused, so nothing can ever be
 * downloaded (tesseract.js fetches language data from a CDN when not told
 * where it is); and language data is read from the installed
 * `@tesseract.js-data/<code>` packages, whose folders differ per language
 * while tesseract.js takes one `langPath` for all: the reader passes
 * `tessdata:<JSON of code → folder>` as langPath, and reads here map
 * `<langPath>/<code>.traineddata.gz` to that language's folder.
 */
const { readFile } = require('node:fs/promises');
const path = require('node:path');
const { gunzipSync } = require('node:zlib');
const { parentPort } = require('node:worker_threads');
const worker = require('tesseract.js/src/worker-script');
const getCore = require('tesseract.js/src/worker-script/node/getCore');

const PREFIX = 'tessdata:';

/** The installed file behind a path tesseract.js asks for. */
function installedFile(requested) {
  if (!requested.startsWith(PREFIX)) throw new Error(`Not a language data path: ${requested}`);
  const cut = requested.lastIndexOf('/');
  const folders = JSON.parse(requested.slice(PREFIX.length, cut));
  const file = requested.slice(cut + 1);
  const code = file.replace(/\.traineddata(\.gz)?$/, '');
  const folder = Object.prototype.hasOwnProperty.call(folders, code) ? folders[code] : undefined;
  if (typeof folder !== 'string') throw new Error(`No installed data for the language ${code}`);
  return path.join(folder, file);
}

parentPort.on('message', (packet) => {
  worker.dispatchHandlers(packet, (message) => parentPort.postMessage(message));
});

worker.setAdapter({
  getCore,
  gunzip: gunzipSync,
  fetch: async (url) => {
    throw new Error(`Confnotes reads slides offline; refused to fetch ${url}`);
  },
  readCache: (requested) => readFile(installedFile(requested)),
  // cacheMethod 'none' never writes; these keep anything else from touching the disk.
  writeCache: async () => {},
  deleteCache: async () => {},
  checkCache: async () => false,
});
