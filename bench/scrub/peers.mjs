// Runs one npm peer scrubber over a JSONL file of {"id","text"}; writes {"id","text"} and prints posts/s
// (the redaction loop only, package load excluded). Usage: node peers.mjs <redact-pii|openredaction> <modules dir> <in> <out>
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const [tool, modules, input, output] = process.argv.slice(2);
const req = createRequire(path.join(path.resolve(modules), 'package.json'));
const posts = fs.readFileSync(input, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
let redact;
if (tool === 'redact-pii') {
  const { SyncRedactor } = req('redact-pii');
  const redactor = new SyncRedactor();
  redact = async text => redactor.redact(text);
} else {
  const { OpenRedaction } = req('@openredaction/openredaction');
  const redactor = new OpenRedaction();
  redact = async text => (await redactor.detect(text)).redacted;
}
const out = [];
const started = process.hrtime.bigint();
for (const p of posts) out.push(JSON.stringify({ id: p.id, text: await redact(p.text) }));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
fs.writeFileSync(output, out.join('\n') + '\n');
console.log(JSON.stringify({ tool, posts: posts.length, seconds, postsPerSecond: posts.length / seconds }));
