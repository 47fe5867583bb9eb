import type { StreamEmit } from '../core/codec-contract';
import type { InlineSegmentEmit } from './inline-reasoning-splitter';

/** The splitter's segments as stream parts: answer text as `text-delta`, what sat inside the tags as `reasoning`. */
export function inlineSegmentEmitter(emit: StreamEmit): InlineSegmentEmit {
  return (kind, textDelta) =>
    emit(kind === 'text' ? { type: 'text-delta', textDelta } : { type: 'reasoning', textDelta });
}
