import { isCommonWord, isOrdinaryWord } from '../src/entities/name-evidence.js';
import { fold } from '../src/text/normalize.js';
for (const w of process.argv.slice(2)) { const f = fold(w); console.log(w, f, 'common', isCommonWord(f), 'def', isCommonWord(f.startsWith('ال') ? f.slice(2) : 'ال' + f), 'ordinary', isOrdinaryWord(f)); }
