import { officePhraseEnd } from '../src/entities/roles.js';
import { tokenize } from '../src/entities/tokenize.js';
const tokens = tokenize(process.argv[2]);
const head = Number(process.argv[3] ?? 0);
const end = officePhraseEnd(tokens, head);
console.log(tokens.slice(head, end).map((t) => t.text).join(' '));
