#!/usr/bin/env node
// `npm run setup`: the non-npm toolchains the tests need, made by the project itself (never by hand):
// the Python virtual environment (.venv/) and the Go tools (.tools/). Idempotent; re-run after a pin changes.
import { setupPython } from './setup-python.mjs';
import { setupGo } from './setup-go.mjs';

await setupPython();
await setupGo();
