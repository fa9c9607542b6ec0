const t0 = performance.now();
const { makeHistory, BREAKING_EDIT } = await import('/work/main/test/release/history.ts');
const { runDiff } = await import('/work/main/generator/release/diff.ts');
console.log('imports', Math.round(performance.now() - t0));
const h = makeHistory();
h.head(BREAKING_EDIT);
for (let i = 0; i < 2; i++) { const s = performance.now(); const r = await runDiff({ root: h.repo, base: 'base', spec: 'spec/openapi.yaml', generated: 'generated' }); console.log('diff', Math.round(performance.now() - s), r.changes.length); }
