// Spawned by cli.test.ts: the same entry the generated mock uses.
import { main } from '../../templates/mock/runtime/cli.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
