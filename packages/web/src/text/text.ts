import { en, type Text } from './en.js';

/** The app's language. Add a translation by adding a file shaped like `en` and choosing it here. */
export const text: Text = en;
