// What the bill's own sections draw with: the document kit's context, the bill and its words.
import type { BillDetail } from '@portal/contract';
import type { DocumentContext } from '../../../documents/layout.js';
import type { Labels } from './labels.js';

export interface RenderContext extends DocumentContext {
  bill: BillDetail;
  t: Labels;
}
