import { describe, expect, it } from 'vitest';
import { sortedNames as names } from './helpers/entity-people.js';

describe('a foreign middle name opening with "و" + a long vowel (waw-middle-names.ts)', () => {
  it('stays in the name after a lone listed given name when the rest is no known word', () => {
    expect(names('وقال محمد واليكو نداري أمس إن الفريق جاهز.')).toEqual(['محمد واليكو نداري']);
  });

  it('stays in the name after a lone foreign word no list knows', () => {
    expect(names('رحيل لاعب الفريق سابقا بوبو واكوندي نغاري')).toEqual(['بوبو واكوندي نغاري']);
  });

  it('leaves "و" + a listed name a conjunction of two persons ("محمد وأيمن فلان")', () => {
    expect(names('التقى محمد وايمن الشابي أمس.')).not.toContain('محمد وايمن الشابي');
    expect(names('حضر محمد والياس الزين الحفل.')).not.toContain('محمد والياس الزين');
  });

  it('leaves "و" + the article on a common word ("محمد والوزير") apart', () => {
    expect(names('التقى محمد والوزير علي الصغير.')).not.toContain('محمد والوزير علي الصغير');
  });
});
