import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '/work/wt-consent-scale/packages/elements/scripts/build-bundle.ts';
const r = await build({ ...BUNDLE_OPTIONS, entryPoints: ['/work/wt-consent-scale/packages/elements/dist/components/consent/consent.define.js'], write: false, outdir: '/tmp/cs-out', metafile: true, splitting: true, format: 'esm', minify: true, bundle: true });
for (const [name, out] of Object.entries(r.metafile.outputs)) {
  if (!name.endsWith('.js')) continue;
  console.log(name, out.bytes);
  const ins = Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 25);
  for (const [i, v] of ins) console.log('   ', v.bytesInOutput, i.replace(/.*node_modules\//, 'nm/'));
}
