// redact-pii over a JSONL file, as a verb would be: read {"id","text"} lines, write {"id","text"} lines.
// Usage: node redact-pii-jsonl.js <modules dir> <in.jsonl> <out.jsonl>
const path = require('node:path');
const fs = require('node:fs');
const { SyncRedactor } = require(require.resolve('redact-pii', { paths: [path.resolve(process.argv[2])] }));
const redactor = new SyncRedactor();
const out = [];
for (const line of fs.readFileSync(process.argv[3], 'utf8').split('\n')) {
  if (!line) continue;
  const post = JSON.parse(line);
  out.push(JSON.stringify({ id: post.id, text: redactor.redact(post.text) }));
}
fs.writeFileSync(process.argv[4], out.join('\n') + '\n');
