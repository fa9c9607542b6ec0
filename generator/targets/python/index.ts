/**
 * The `python` target: the Python SDK package (generated/python). Placeholder until the target lands: it emits only its README.
 */
import type { Target } from '../target.js';

export const pythonTarget: Target = {
  name: 'python',
  outDir: 'python',
  description: 'the Python SDK package',
  emit(model) {
    return [{ path: 'README.md', contents: `# ${model.title}: the Python SDK package\n\nNot generated yet.\n`, verbatim: true }];
  },
};
