import {
  type AssertionCategory,
  type AssertionTrigger,
  assertionTriggers,
  type TriggerDirection,
} from '../knowledge/assertion-lexicon.js';

/**
 * A ConText-style assertion engine (NegEx, Chapman 2001; ConText, Harkema 2009) over the lexicon in
 * knowledge/assertion-lexicon.ts. A text is cut into words and punctuation; triggers are matched
 * longest first, left to right, so a pseudo-trigger ("no interval change") hides the shorter trigger
 * inside it. A forward trigger reaches the words after it, a backward one the words before it, up to
 * the end of the clause (. ; : !), a termination word, the next trigger, or its window. A comma does
 * not end a scope: "denies fever, chills or weight loss" negates all three.
 * Written here rather than taken from npm: the JavaScript NegEx ports are unmaintained, regex-per-
 * trigger (slow), and none has resolution, label–value forms or a typed lexicon.
 */

/** How a text asserts a phrase (contract section 5b). */
export interface Assertion {
  /** The text says it is absent (or no longer present). */
  readonly negated: boolean;
  /** The text hedges it. */
  readonly uncertain: boolean;
}

/** An assertion with the reason for a negation, for explanations. */
export interface AssertionDetail extends Assertion {
  /** Negated because it has resolved: it was there before, not now. */
  readonly resolved: boolean;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

interface CompiledTrigger {
  readonly words: readonly string[];
  readonly category: AssertionCategory;
  readonly direction: TriggerDirection;
  readonly window: number;
  readonly final: boolean;
}

interface FoundTrigger {
  readonly trigger: CompiledTrigger;
  /** First token. */
  readonly start: number;
  /** One past the last token. */
  readonly end: number;
}

/** A text cut into tokens, with its triggers: scanned once, asked about any number of phrases. */
export interface ScannedText {
  readonly tokens: readonly Token[];
  readonly triggers: readonly FoundTrigger[];
  /** Clause ends among tokens [0, i). */
  readonly breaksBefore: readonly number[];
  /** Words among tokens [0, i). */
  readonly wordsBefore: readonly number[];
  /** Triggers that can end a forward scope (all but backward-only ones) starting among tokens [0, i). */
  readonly forwardEndsBefore: readonly number[];
  /** Triggers that can end a backward scope (all but forward-only ones) starting among tokens [0, i). */
  readonly backwardEndsBefore: readonly number[];
}

/**
 * A word (group 1: letters and digits, decimals kept whole as in "1.2 cm", inner apostrophes kept as
 * in "didn't") or one punctuation mark. Letters beyond ASCII count, general punctuation (U+2000–206F:
 * dashes, bullets, curly quotes) does not. One pass of `exec`, no Unicode property classes: this is
 * the hot path.
 */
const tokenPattern =
  /(\d+(?:\.\d+)+|[a-z0-9\u00c0-\u1fff\u2070-\uffff]+(?:['\u2019][a-z\u00c0-\u1fff\u2070-\uffff]+)*)|\S/g;
const clauseEnds: ReadonlySet<string> = new Set(['.', ';', ':', '!']);
const finalFollowers: ReadonlySet<string> = new Set([...clauseEnds, ',', '?', ')']);

function tokensOf(lower: string): Token[] {
  const out: Token[] = [];
  const re = tokenPattern;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const text = m[0];
    out.push({
      text: text.includes('\u2019') ? text.replace(/\u2019/g, "'") : text,
      start: m.index,
      end: m.index + text.length,
      word: m[1] !== undefined,
    });
  }
  return out;
}

function compile(t: AssertionTrigger): CompiledTrigger {
  return {
    words: tokensOf(t.phrase).map((w) => w.text),
    category: t.category,
    direction: t.direction,
    window: t.window ?? Number.POSITIVE_INFINITY,
    final: t.final === true,
  };
}

/** The lexicon by first word, longest trigger first. */
const byFirstWord: ReadonlyMap<string, readonly CompiledTrigger[]> = (() => {
  const map = new Map<string, CompiledTrigger[]>();
  for (const t of assertionTriggers.map(compile)) {
    const first = t.words[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(t);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Triggers in `tokens`, left to right, longest first; none may overlap the masked span. */
function triggersIn(tokens: readonly Token[], mask?: { start: number; end: number }): FoundTrigger[] {
  const found: FoundTrigger[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = triggerAt(tokens, i, mask);
    if (match) {
      found.push(match);
      i = match.end;
    } else i++;
  }
  return found;
}

function triggerAt(tokens: readonly Token[], i: number, mask?: { start: number; end: number }): FoundTrigger | null {
  const candidates = byFirstWord.get((tokens[i] as Token).text);
  if (!candidates) return null;
  for (const trigger of candidates) {
    const end = i + trigger.words.length;
    if (end > tokens.length || (mask && i < mask.end && end > mask.start)) continue;
    let same = true;
    for (let k = 1; k < trigger.words.length && same; k++) same = tokens[i + k]?.text === trigger.words[k];
    if (!same) continue;
    const next = tokens[end];
    if (trigger.final && next !== undefined && !finalFollowers.has(next.text)) continue;
    return { trigger, start: i, end };
  }
  return null;
}

function prefixCounts(tokens: readonly Token[], counts: (t: Token, i: number) => boolean): number[] {
  const out = [0];
  let n = 0;
  tokens.forEach((t, i) => {
    if (counts(t, i)) n++;
    out.push(n);
  });
  return out;
}

/** Scan a lower-case text once: its tokens, triggers and clause ends. */
export function scanText(lower: string): ScannedText {
  return scanTokens(tokensOf(lower));
}

/** Words whose full stop is an abbreviation's, not a clause end ("e.g.", "vs.", "Dr."). */
const abbreviations: ReadonlySet<string> = new Set([
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'pt',
  'approx',
  'etc',
  'eg',
  'ie',
  'st',
]);

function endsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!clauseEnds.has(t.text)) return false;
  if (t.text !== '.') return true;
  const before = tokens[i - 1];
  return !(before?.word && before.end === t.start && (before.text.length === 1 || abbreviations.has(before.text)));
}

function scanTokens(tokens: readonly Token[], mask?: { start: number; end: number }): ScannedText {
  const triggers = triggersIn(tokens, mask);
  // Without triggers nothing is asserted and no count is ever read.
  if (triggers.length === 0) {
    return { tokens, triggers, breaksBefore: [], wordsBefore: [], forwardEndsBefore: [], backwardEndsBefore: [] };
  }
  const startingAt = (way: TriggerDirection) => {
    const starts = new Set(triggers.filter((t) => t.trigger.direction !== way).map((t) => t.start));
    return prefixCounts(tokens, (_t, i) => starts.has(i));
  };
  return {
    tokens,
    triggers,
    breaksBefore: prefixCounts(tokens, (_t, i) => endsClause(tokens, i)),
    wordsBefore: prefixCounts(tokens, (t) => t.word),
    forwardEndsBefore: startingAt('backward'),
    backwardEndsBefore: startingAt('forward'),
  };
}

/** Whether tokens [from, to) are free of clause ends and within `window` words. */
function open(s: ScannedText, from: number, to: number, window: number): boolean {
  const breaks = (s.breaksBefore[to] ?? 0) - (s.breaksBefore[from] ?? 0);
  const words = (s.wordsBefore[to] ?? 0) - (s.wordsBefore[from] ?? 0);
  return breaks === 0 && words <= window;
}

/**
 * Whether a trigger between tokens [from, to) ends a scope crossing them. A trigger that only looks
 * the other way does not: in "no free fragment", "free" (as in "pain free") cannot end the scope of "no".
 */
function blocked(s: ScannedText, from: number, to: number, direction: 'forward' | 'backward'): boolean {
  const ends = direction === 'forward' ? s.forwardEndsBefore : s.backwardEndsBefore;
  return (ends[to] ?? 0) - (ends[from] ?? 0) > 0;
}

/**
 * How the scanned text asserts the tokens [start, end): each trigger reaches it unless a clause end,
 * a termination or another trigger stands between them.
 */
function assertionOfSpan(s: ScannedText, start: number, end: number): AssertionDetail {
  let negated = false;
  let uncertain = false;
  let resolved = false;
  for (const t of s.triggers) {
    const { category, direction, window } = t.trigger;
    if (category === 'pseudo' || category === 'termination') continue;
    const forward =
      direction !== 'backward' &&
      t.end <= start &&
      open(s, t.end, start, window) &&
      !blocked(s, t.end, start, 'forward');
    const backward =
      direction !== 'forward' &&
      t.start >= end &&
      open(s, end, t.start, window) &&
      !blocked(s, end, t.start, 'backward');
    if (!forward && !backward) continue;
    if (category === 'negation' || category === 'probable-negation' || category === 'resolution') negated = true;
    if (category === 'uncertainty' || category === 'probable-negation') uncertain = true;
    if (category === 'resolution') resolved = true;
  }
  return { negated, uncertain, resolved };
}

/**
 * How the scanned text asserts the characters [from, to) (a phrase found by the caller). Triggers
 * that overlap the phrase are not triggers here ("free fragment" names a finding).
 */
export function assertionAt(s: ScannedText, from: number, to: number): AssertionDetail | null {
  let start = -1;
  let end = -1;
  s.tokens.forEach((t, i) => {
    if (t.end > from && t.start < to) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  if (start < 0) return null;
  return assertionOfTokens(s, start, end);
}

function assertionOfTokens(s: ScannedText, start: number, end: number): AssertionDetail {
  const overlaps = s.triggers.some((t) => t.start < end && t.end > start);
  const scanned = overlaps ? scanTokens(s.tokens, { start, end }) : s;
  return assertionOfSpan(scanned, start, end);
}

/** Where the phrase's words first occur as whole words; failing that, inside words, ignoring punctuation. */
function spanOf(tokens: readonly Token[], phrase: string): { start: number; end: number } | null {
  const wanted = tokensOf(phrase.toLowerCase());
  const words = wanted.filter((t) => t.word).map((t) => t.text);
  const pool = words.length > 0 ? tokens.filter((t) => t.word) : tokens;
  const target = words.length > 0 ? words : wanted.map((t) => t.text);
  if (target.length === 0) return null;
  for (let i = 0; i + target.length <= pool.length; i++) {
    let same = true;
    for (let k = 0; k < target.length && same; k++) same = pool[i + k]?.text === target[k];
    if (same)
      return { start: tokens.indexOf(pool[i] as Token), end: tokens.indexOf(pool[i + target.length - 1] as Token) + 1 };
  }
  return words.length > 0 ? (compactSpanOf(tokens, words.join('')) ?? looseSpanOf(tokens, words)) : null;
}

/** Two spellings of one word: equal, or one a short inflection of the other ("infiltrate(s)"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}

/** Last resort: the phrase's words in order, inflected, with at most two other words among them. */
function looseSpanOf(tokens: readonly Token[], words: readonly string[]): { start: number; end: number } | null {
  const first = words[0] as string;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.word || !sameWord(tokens[i]?.text ?? '', first)) continue;
    let k = 1;
    let gaps = 0;
    let j = i + 1;
    for (; j < tokens.length && k < words.length && gaps <= 2; j++) {
      const t = tokens[j] as Token;
      if (!t.word) continue;
      if (sameWord(t.text, words[k] as string)) k++;
      else gaps++;
    }
    if (k === words.length) return { start: i, end: j };
  }
  return null;
}

/** "x-ray" in "xray", "chestpain" in "chest pain": letters and digits only. */
function compactSpanOf(tokens: readonly Token[], wanted: string): { start: number; end: number } | null {
  const needle = wanted.replace(/'/g, '');
  let compact = '';
  const owner: number[] = [];
  tokens.forEach((t, i) => {
    if (!t.word) return;
    const text = t.text.replace(/'/g, '');
    compact += text;
    for (let c = 0; c < text.length; c++) owner.push(i);
  });
  const at = compact.indexOf(needle);
  if (at < 0 || needle.length === 0) return null;
  return { start: owner[at] as number, end: (owner[at + needle.length - 1] as number) + 1 };
}

/**
 * How `text` (a sentence or short passage of any clinical note) asserts `phrase`: negated, uncertain,
 * for its first occurrence (whole words first, case and white space ignored); null when absent.
 * Pure (contract section 5b).
 */
export function assertionOf(text: string, phrase: string): Assertion | null {
  const tokens = tokensOf(text.toLowerCase());
  const span = spanOf(tokens, phrase);
  if (!span) return null;
  const { negated, uncertain } = assertionOfTokens(scanTokens(tokens), span.start, span.end);
  return { negated, uncertain };
}
