/**
 * Verbs whose object is a person ("استقبل", "التقى", "هنأ"), folded, with "و"/"ف" allowed: after one
 * of them the office named right after a name may be whom that person met.
 */
import type { Token } from './tokenize.js';

const MEETING_VERB = /^[وف]?(?:استقبل|التقي|التقت|قابل|ودع|هنا|عزي|استضاف|زار|كرم|اتصل|صافح|رافق|دعا|دعت|ابلغ|استقبلت|قابلت|ودعت|هنات|زارت|كرمت|صافحت|رافقت|ابلغت)$/;

export function isMeetingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && MEETING_VERB.test(token.folded);
}
