import type { StreamEmit } from './codec-contract';

/**
 * The tool calls of one stream, by the block index the wire gives them: each streams its argument fragments as
 * `tool-call-delta` parts and ends as one `tool-call` with the whole arguments (the only text a decoder buffers, as the
 * AI SDK needs the arguments whole). Shared by every decoder whose wire streams tool calls this way.
 */
export class StreamedToolCalls {
  private readonly open = new Map<number, { id: string; name: string; args: string }>();

  /** A tool call starts at `index` (a second start at the same index is ignored: the first one names it). */
  start(index: number, id: string, name: string): void {
    if (!this.open.has(index)) this.open.set(index, { id, name, args: '' });
  }

  has(index: number): boolean {
    return this.open.has(index);
  }

  /** An argument fragment of the call at `index`; ignored for an index no call started at. */
  append(index: number, fragment: string | undefined, emit: StreamEmit): void {
    const call = this.open.get(index);
    if (!call || !fragment) return;
    call.args += fragment;
    emit({
      type: 'tool-call-delta',
      toolCallType: 'function',
      toolCallId: call.id,
      toolName: call.name,
      argsTextDelta: fragment,
    });
  }

  /** The call at `index` is complete. */
  end(index: number, emit: StreamEmit): void {
    const call = this.open.get(index);
    if (!call) return;
    this.open.delete(index);
    emit({
      type: 'tool-call',
      toolCallType: 'function',
      toolCallId: call.id,
      toolName: call.name,
      args: call.args || '{}',
    });
  }

  /** Every call still open is complete (a wire that never closes its calls one by one). */
  endAll(emit: StreamEmit): void {
    for (const index of [...this.open.keys()]) this.end(index, emit);
  }
}
