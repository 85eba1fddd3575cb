// Imported by schema.ts before any schema is built: zod decides at construction whether a schema
// may use its compiled fast path, and probes `new Function` to find out. Manifest V3 forbids eval
// and reports even the caught probe, so outside Node (the extension) zod runs without it; the CLI
// and the tests run in Node, where the compiled path parses a case about 40% faster.
import { z } from 'zod';

const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
if (!inNode) z.config({ jitless: true });
