import { describe, expect, it } from 'vitest';
import { locationName } from '../src/sources/location-name.js';

describe('locationName (what an untitled article is called)', () => {
  it('names files, web addresses and standard input briefly', () => {
    expect(locationName('/home/reader/news/he-htb-test-01.txt')).toBe('he-htb-test-01');
    expect(locationName('notes.md')).toBe('notes');
    expect(locationName('https://news.example/')).toBe('news.example');
    expect(locationName('https://news.example/world/%D8%AE%D8%A8%D8%B1/')).toBe('news.example/world/خبر');
    expect(locationName('-')).toBe('standard input');
  });
});
