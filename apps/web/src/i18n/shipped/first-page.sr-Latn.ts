// The first page's part of the Latin catalogue as the app loads it: the Cyrillic one transliterated
// (transliterate-tree.ts). The build ships it precompiled (vite-plugins/precompile-messages.ts).
import cyrillic from '../first-page.sr-Cyrl.js';
import { transliterateTree, type Tree } from '../transliterate-tree.js';
import { withVuetifyTexts } from '../vuetify-texts.js';

export default withVuetifyTexts('sr-Latn', transliterateTree(cyrillic as unknown as Tree));
