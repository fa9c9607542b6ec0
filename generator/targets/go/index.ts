/**
 * The `go` target: the Go SDK module (generated/go). Placeholder until the target lands: it emits only its README.
 */
import type { Target } from '../target.js';

export const goTarget: Target = {
  name: 'go',
  outDir: 'go',
  description: 'the Go SDK module',
  emit(model) {
    return [{ path: 'README.md', contents: `# ${model.title}: the Go SDK module\n\nNot generated yet.\n`, verbatim: true }];
  },
};
