// Writes N forum-like posts of about 300 bytes as JSONL {"id","text"}: sentences of the sample forum's posts
// (samples/forum/posts.jsonl, with its drug names and planted identifiers) joined in a fixed pseudo-random order.
// Usage: node forum-texts.mjs <posts.jsonl> <count> <out.jsonl>
import fs from 'node:fs';
const [postsPath, count, outPath] = process.argv.slice(2);
const bodies = fs.readFileSync(postsPath, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).body);
const sentences = bodies.flatMap(b => b.match(/[^.!?]+[.!?]+/g) ?? [b]).map(s => s.trim()).filter(Boolean);
let seed = 1;
const next = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; };
const out = fs.createWriteStream(outPath);
let bytes = 0;
for (let i = 0; i < +count; i++) {
  let text = sentences[Math.floor(next() * sentences.length)];
  while (text.length < 250) text += ' ' + sentences[Math.floor(next() * sentences.length)];
  bytes += Buffer.byteLength(text);
  out.write(JSON.stringify({ id: `f${String(i).padStart(6, '0')}`, text }) + '\n');
}
out.end(() => console.error(`${count} posts, ${(bytes / count).toFixed(0)} bytes of text each on average`));
