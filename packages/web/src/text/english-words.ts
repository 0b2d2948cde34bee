/**
 * Words that are English and never Spanish: one of them in Spanish text means an untranslated phrase.
 * Used by the bundle test and the browser test that reads every Spanish page; the app never loads it.
 */
export const englishWords =
  /\b(the|and|your|you|with|have|has|this|that|what|when|where|which|is|are|was|for|from|not|will|please|can|does|or|of|to|it|in|on|at|be|any|if|yes|pain|back|leg|scan|doctor|care|near|find|show|see|go|now|take|keep)\b/i;
