/** Spinal levels as reports write them, made canonical: disc levels `L4-L5`, vertebrae `L4`. */
export const discLevels = ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const;
export const vertebrae = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const;

/** A disc level. */
export type DiscLevel = (typeof discLevels)[number];
/** A vertebra. */
export type Vertebra = (typeof vertebrae)[number];
/** A level of the contract: a disc level or a vertebra. */
export type Level = DiscLevel | Vertebra;

/** Whether text can name a level at all (a letter of T, L or S then a digit): most clauses cannot, and skip the rest. */
const mayNameLevel = /[TtLlSs]\s?\d/;

const pair = /\b([TtLl])\s?(\d{1,2})\s*(?:-|–|—|\/|\s)\s*([LlSs])?\s?(\d)\b/g;

/**
 * Rewrite every level notation ("L4-5", "L4/L5", "L4–5", "l5/s1", "T12-L1") as canonical
 * disc levels, a slip's "L4 on L5" as L4-L5, and spell ranges out ("L3-L4 through L5-S1" → "L3-L4, L4-L5, L5-S1").
 */
export function normaliseLevels(text: string): string {
  if (!mayNameLevel.test(text)) return text;
  const canonical = text.replace(pair, (match, a: string, n: string, b: string | undefined, m: string) => {
    const upper = a.toUpperCase();
    const first = Number(n);
    const second = Number(m);
    const secondLetter = b ? b.toUpperCase() : upper === 'T' && first === 12 ? 'L' : upper;
    const level = `${upper}${first}-${secondLetter}${second}`;
    return (discLevels as readonly string[]).includes(level) ? level : match;
  });
  // A slip is written vertebra on vertebra ("anterolisthesis of L4 on L5"): that is the L4-L5 level.
  const slips = canonical.replace(/\b([TtLl]\d{1,2}) on ([LlSs]\d)\b/g, (match, a: string, b: string) => {
    const level = `${a.toUpperCase()}-${b.toUpperCase()}`;
    return (discLevels as readonly string[]).includes(level) ? level : match;
  });
  return slips.replace(
    /\b((?:T12-L1|L\d-[LS]\d))\s*(?:through|thru|to|-|–)\s*((?:T12-L1|L\d-[LS]\d))\b/g,
    (match, from: string, to: string) => {
      const i = discLevels.indexOf(from as DiscLevel);
      const j = discLevels.indexOf(to as DiscLevel);
      // Spaces, not commas: a range is one list, not separate clauses.
      return i >= 0 && j > i ? discLevels.slice(i, j + 1).join(' ') : match;
    },
  );
}

/** Disc levels mentioned in normalised text (any case), in order. */
export function discLevelsIn(text: string): DiscLevel[] {
  if (!mayNameLevel.test(text)) return [];
  return [...text.matchAll(/\b(T12-L1|L[1-5]-(?:L[2-5]|S1))\b/gi)]
    .map((m) => (m[1] as string).toUpperCase() as DiscLevel)
    .filter((l) => (discLevels as readonly string[]).includes(l));
}

/** Vertebrae mentioned on their own (not part of a disc level, not a nerve root's name), in order. */
export function vertebraeIn(text: string): Vertebra[] {
  if (!mayNameLevel.test(text)) return [];
  return [...text.matchAll(/(?<![-\w])(L[1-5]|S1)(?![-\w])(?!\s*(?:NERVE\s*)?ROOTS?\b)/gi)].map(
    (m) => (m[1] as string).toUpperCase() as Vertebra,
  );
}
