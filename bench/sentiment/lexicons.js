// Scores every sentence of a label,text CSV... given as JSON lines on stdin ({"label","text"}) with VADER and wink-nlp.
// Prints one JSON object: accuracy of each lexicon scorer (score > 0 → positive, else negative) and sentences/s.
// With `--predictions DIR`, also writes each scorer's label per line to DIR/pred.<scorer> (outside.sh scores them).
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const vader = require('vader-sentiment');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const flag = process.argv.indexOf('--predictions');
const predictionsDir = flag >= 0 ? process.argv[flag + 1] : null;
const rows = [];
readline.createInterface({ input: process.stdin }).on('line', l => { if (l.trim()) rows.push(JSON.parse(l)); }).on('close', () => {
  const result = {};
  for (const [name, score] of [
    ['vader-sentiment', t => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound],
    ['wink-nlp', t => nlp.readDoc(t).out(its.sentiment)],
  ]) {
    const start = process.hrtime.bigint();
    let correct = 0;
    const predictions = [];
    for (const r of rows) {
      const predicted = score(r.text) > 0 ? 'positive' : 'negative';
      predictions.push(predicted);
      if (predicted === r.label) correct++;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (predictionsDir) fs.writeFileSync(path.join(predictionsDir, `pred.${name}`), predictions.join('\n') + '\n');
    result[name] = { accuracy: correct / rows.length, sentencesPerSecond: rows.length / seconds };
  }
  console.log(JSON.stringify(result));
});
