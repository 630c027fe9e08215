import { describe, expect, it } from 'vitest';
import { officials } from './helpers/entity-people.js';

describe('a foreign official\'s name after an office closed by a nationality (foreign-name-run.ts)', () => {
  it('takes a hyphened given name and the French article before the family name', () => {
    expect(officials('وحذر وزير الخارجية البلجيكي جان-لوك فيرهوفن من تفاقم الأزمة.')).toEqual([['جان-لوك فيرهوفن', 'وزير الخارجية البلجيكي']]);
    expect(officials('وحذر وزير الداخلية الفرنسي جان-بيير لو غوفيك من تفاقم الأزمة.')).toEqual([['جان-بيير لو غوفيك', 'وزير الداخلية الفرنسي']]);
  });
});

describe('a listed official\'s whole name right after an office (listed-official-names.ts)', () => {
  it('takes the name after an office, though a word of it is a month', () => {
    expect(officials('ثم خرجت رئيسة الحكومة البريطانية تيريزا ماي لتستقبله عند الباب.')).toEqual([['تيريزا ماي', 'رئيسة الحكومة البريطانية']]);
  });
  it('leaves the listed name of a place named after him, its head a word before', () => {
    expect(officials('وقال مدير مطار المدينة تيريزا ماي الدولي إن الوضع صعب.')).toEqual([]);
  });
});

describe('an office\'s seat between the office and the holder\'s name (branch-regions.ts, officeSeatEndAt)', () => {
  it('takes the name after "في" + a town that closes the office', () => {
    expect(officials('رجح مدير المركز الإعلامي في لبنان نادر فرحات اليوم تحرك الحكومة.')).toEqual([['نادر فرحات', 'مدير المركز الإعلامي في لبنان']]);
    expect(officials('وأكد رئيس المجلس الرئاسي لحكومة الوحدة في ليبيا منير الحداد أن الحوار مستمر.')).toEqual([['منير الحداد', 'رئيس المجلس الرئاسي لحكومة الوحدة في ليبيا']]);
  });
  it('leaves the object of a verb of meeting, and a time after the place', () => {
    expect(officials('استقبل وزير الخارجية في تونس نظيره جان إيف لودريان أمس.').map(([name]) => name)).not.toContain('جان إيف لودريان');
    expect(officials('قال وزير الخارجية في تونس أمس إن بلاده ترفض ذلك.')).toEqual([]);
  });
});
