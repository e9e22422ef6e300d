#!/usr/bin/env node
// Prints the Chromium the tests will drive, or says in one line how to install one (exit 1). `.ci/run` uses it.
// (Not in chromium.mjs itself: Playwright's config loader cannot take a module that reads import.meta.)
import {CHROMIUM_PATH} from './lib/chromium.mjs';

console.log(CHROMIUM_PATH);
