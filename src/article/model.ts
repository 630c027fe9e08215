/** The article model: what every source becomes and what --json prints (field names fixed by DESIGN.md). */

export type Direction = 'rtl' | 'ltr';
export type BlockKind = 'title' | 'source' | 'heading' | 'paragraph' | 'related';

export interface Block {
  kind: BlockKind;
  /** Sanitized text: no controls or escape sequences; bidi format characters may remain (they steer the UBA). */
  text: string;
  direction: Direction;
}

export interface Section {
  title: string | null;
  /** Index of the section's first block. */
  block: number;
  /** Index after the section's last block. */
  endBlock: number;
}

export interface Mention {
  block: number;
  /** UTF-16 offsets into blocks[block].text. */
  start: number;
  end: number;
  text: string;
  /** True when the mention refers to the person by office only ("نظيره العراقي"). */
  coreference?: boolean;
}

export type EntityKind = 'person' | 'place' | 'organization';

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  official: boolean;
  role: string | null;
  country: string | null;
  latin: string | null;
  /** The honorific or rank written with the name ("الملك", "الفريق أول", "الدكتور"), if any. */
  honorific?: string | null;
  /** English gloss of the office, where its words are known. */
  roleLatin?: string | null;
  mentions: Mention[];
  /** Role-only mentions the article uses for this person ("نظيره العراقي", "الوزير" after naming him). */
  references?: Mention[];
}

export interface Article {
  title: string | null;
  source: string | null;
  language: string;
  direction: Direction;
  blocks: Block[];
  sections: Section[];
  entities: Entity[];
  date?: string | null;
  url?: string | null;
}

/** One entry of a library (directory) or a feed. */
export interface ListItem {
  title: string;
  source: string | null;
  date: string | null;
  location: string;
  progress: number;
}

export interface ArticleList {
  /** 'news': every item of the subscribed feeds. */
  kind: 'library' | 'feed' | 'news';
  title: string | null;
  items: ListItem[];
}
