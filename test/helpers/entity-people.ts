/** Person entities of made-up paragraphs, for the entity tests. */
import type { Block, Entity } from '../../src/article/model.js';
import { extractEntities } from '../../src/entities/extract.js';

export const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text, direction: 'rtl' }));

export const people = (...texts: string[]): Entity[] => extractEntities(paragraphs(...texts)).filter((e) => e.kind === 'person');

/** Names of the persons of made-up paragraphs, in the order found. */
export const names = (...texts: string[]): string[] => people(...texts).map((e) => e.name);

/** Names of the persons of made-up paragraphs, sorted. */
export const sortedNames = (...texts: string[]): string[] => people(...texts).map((e) => e.name).sort();

/** [name, role] of each official of made-up paragraphs. */
export const officials = (...texts: string[]): Array<[string, string | null]> => people(...texts).filter((e) => e.official).map((e) => [e.name, e.role ?? null]);

/** The person named `name` in the paragraphs; throws (listing who was found) when there is none. */
export function person(name: string, ...texts: string[]): Entity {
  const found = people(...texts).find((e) => e.name === name);
  if (!found) throw new Error(`no person ${name} in ${people(...texts).map((e) => e.name).join(', ')}`);
  return found;
}

/** Person entities of a made-up article whose first text is its title. */
export function titledPersons(...texts: string[]): Entity[] {
  const blocks: Block[] = texts.map((text, i) => ({ kind: i === 0 ? 'title' : 'paragraph', text, direction: 'rtl' }));
  return extractEntities(blocks).filter((e) => e.kind === 'person');
}

/** The person named `name` in a titled article; throws (listing who was found) when there is none. */
export function titledPerson(name: string, ...texts: string[]): Entity {
  const all = titledPersons(...texts);
  const found = all.find((e) => e.name === name);
  if (!found) throw new Error(`no person ${name} in ${all.map((e) => e.name).join(', ')}`);
  return found;
}

/** [official, role] of the person named `name` in a titled article; throws when there is none. */
export function heldOffice(name: string, ...texts: string[]): [boolean, string | null] {
  const found = titledPerson(name, ...texts);
  return [found.official, found.role];
}

/** [official, role] of the person named `name` in made-up paragraphs; throws when there is none. */
export function officeHeld(name: string, ...texts: string[]): [boolean, string | null] {
  const found = person(name, ...texts);
  return [found.official, found.role];
}
