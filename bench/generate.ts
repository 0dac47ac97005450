// node --import tsx bench/generate.ts BYTES FILE: writes a synthetic k6 JSON output file and prints
// what it wrote as JSON. The benchmark runs it as a child process so the generator's memory does not
// count in the ingest's peak RSS.
import { generateK6Json } from './generate-file.ts';

const [bytes = '', file = ''] = process.argv.slice(2);
if (!/^\d+$/.test(bytes) || file === '') {
  console.error('usage: node --import tsx bench/generate.ts BYTES FILE');
  process.exit(2);
}
console.log(JSON.stringify(generateK6Json(file, Number(bytes))));
