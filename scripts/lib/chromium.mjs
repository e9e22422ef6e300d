// The Chromium the tests, screenshots and bench drive, and the flags this closed network needs.
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {findChromium} from './findChromium.mjs';

/** @returns {string} */
function resolveChromium() {
  try {
    return findChromium({env: process.env.CHROMIUM_PATH, playwright: chromium.executablePath(), exists: existsSync});
  } catch (error) {
    // One line, no stack: the fix is in the message.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

export const CHROMIUM_PATH = resolveChromium();

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
