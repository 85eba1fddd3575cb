// Profiles the core section's loop: `node --cpu-prof --cpu-prof-dir=.profile scripts/run-ts.mjs bench/profile-core.ts`,
// then open the .cpuprofile in Chrome DevTools (Performance) or summarise it.
import { parseCaseText } from '../src/case/parse';
import { checkCase } from '../src/rules/engine';
import { generateCases } from './generate-cases';

const texts = generateCases(2000).map((c) => JSON.stringify(c));
const only = process.argv[2];
const start = performance.now();
for (let round = 0; round < 5; round++) {
  for (const text of texts) {
    const parsed = parseCaseText(text);
    if (parsed.ok && only !== 'parse') checkCase(parsed.value, { today: '2025-06-01', lang: 'en' });
  }
}
process.stderr.write(`${Math.round((5 * texts.length) / ((performance.now() - start) / 1000))} cases/s\n`);
