// Writes the independent gold set's name and place lists from npm packages the scrubber does not use.
// Usage: node extract-sources.mjs <folder with node_modules of chance@1.1.13, unique-names-generator@4.7.1,
//        country-state-city@3.2.1, @ngneat/falso@8.0.2>   (deterministic: sorted, de-duplicated output)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const req = createRequire(path.join(path.resolve(process.argv[2]), 'package.json'));
const out = new URL('./sources/', import.meta.url);
const write = (name, lines) => fs.writeFileSync(new URL(name, out), [...new Set(lines)].sort().join('\n') + '\n');
const ascii = s => /^[A-Z][A-Za-z' -]+$/.test(s);

const Chance = req('chance');
const chance = new Chance(1);
const first = chance.get('firstNames');
const given = [...Object.values(first.male).flat(), ...Object.values(first.female).flat(), ...req('unique-names-generator').names];
write('given-names.txt', given.filter(ascii).filter(n => n.length >= 3 && !n.includes(' ')));
write('surnames.txt', Object.values(chance.get('lastNames')).flat().filter(ascii).filter(n => n.length >= 3 && !n.includes(' ')));

const { City } = req('country-state-city');
write('us-places.tsv', City.getCitiesOfCountry('US').filter(c => ascii(c.name) && !/County|Parish|Borough|Census|Township|Village of/.test(c.name))
  .map(c => `${c.name}\t${c.stateCode}`));

const falso = req('@ngneat/falso');
falso.seed('sermo');
write('street-names.txt', falso.randStreetName({ length: 400 }).map(s => s.replace(/ (Street|Avenue|Road|Lane|Drive|Court|Way|Place|Boulevard|Circle|Trail|Parkway|Terrace|Highway)$/, '')).filter(ascii));
