// The Python virtual environment for the Python SDK's tests: `.venv/` made with `python3 -m venv`, then the exact pins of
// tools/requirements-python.txt installed into it. Idempotent: a stamp file in .venv holds the hash of the pins, so a
// second run with the same pins returns at once.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VENV = path.join(ROOT, '.venv');
const REQUIREMENTS = path.join(ROOT, 'tools', 'requirements-python.txt');
const STAMP = path.join(VENV, '.requirements.sha256');

export async function setupPython() {
  const hash = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  const python = path.join(VENV, 'bin', 'python');
  if (existsSync(python) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash) return;
  if (!existsSync(python)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
  writeFileSync(STAMP, `${hash}\n`);
  console.log('setup: .venv/ has the pins of tools/requirements-python.txt');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await setupPython();
