// The first page's part of the sr-Cyrl catalogue as the app loads it. The build ships it precompiled
// (vite-plugins/precompile-messages.ts).
import catalogue from '../first-page.sr-Cyrl.js';
import type { Tree } from '../transliterate-tree.js';
import { withVuetifyTexts } from '../vuetify-texts.js';

export default withVuetifyTexts('sr-Cyrl', catalogue as unknown as Tree);
