// The whole en catalogue as the app loads it. The build ships it precompiled
// (vite-plugins/precompile-messages.ts).
import catalogue from '../en.js';
import type { Tree } from '../transliterate-tree.js';
import { withVuetifyTexts } from '../vuetify-texts.js';

export default withVuetifyTexts('en', catalogue as unknown as Tree);
