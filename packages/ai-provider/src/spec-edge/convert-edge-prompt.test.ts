import { describe, expect, it } from 'vitest';
import { convertEdgePrompt } from './convert-edge-prompt';

describe('convertEdgePrompt', () => {
  it('turns image file parts into V1 image parts with bytes, and keeps other files as base64 files', () => {
    expect(
      convertEdgePrompt([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'look' },
            { type: 'file', mediaType: 'image/png', data: 'AQID' },
            { type: 'file', mediaType: 'image/*', data: new Uint8Array([4, 5]) },
            { type: 'file', mediaType: 'image/jpeg', data: new URL('s3://bucket/cat.jpg') },
            {
              type: 'file',
              mediaType: 'application/pdf',
              data: new Uint8Array([1, 2, 3]),
              filename: 'a.pdf',
            },
          ],
        },
      ]),
    ).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'look', providerMetadata: undefined },
          {
            type: 'image',
            image: new Uint8Array([1, 2, 3]),
            mimeType: 'image/png',
            providerMetadata: undefined,
          },
          { type: 'image', image: new Uint8Array([4, 5]), mimeType: undefined, providerMetadata: undefined },
          {
            type: 'image',
            image: new URL('s3://bucket/cat.jpg'),
            mimeType: 'image/jpeg',
            providerMetadata: undefined,
          },
          {
            type: 'file',
            data: 'AQID',
            mimeType: 'application/pdf',
            filename: 'a.pdf',
            providerMetadata: undefined,
          },
        ],
        providerMetadata: undefined,
      },
    ]);
  });

  it('restores signed and redacted reasoning from providerOptions, and tool calls with their input', () => {
    const [message] = convertEdgePrompt([
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'think', providerOptions: { bedrockWrapper: { signature: 'sig' } } },
          { type: 'reasoning', text: '', providerOptions: { bedrockWrapper: { redactedData: 'opaque' } } },
          { type: 'reasoning', text: 'unsigned' },
          { type: 'text', text: 'calling' },
          { type: 'tool-call', toolCallId: 't1', toolName: 'weather', input: { city: 'Paris' } },
          { type: 'tool-call', toolCallId: 't2', toolName: 'search', input: {}, providerExecuted: true },
        ],
      },
    ]);
    expect(message?.content).toEqual([
      {
        type: 'reasoning',
        text: 'think',
        signature: 'sig',
        providerMetadata: { bedrockWrapper: { signature: 'sig' } },
      },
      {
        type: 'redacted-reasoning',
        data: 'opaque',
        providerMetadata: { bedrockWrapper: { redactedData: 'opaque' } },
      },
      { type: 'reasoning', text: 'unsigned', signature: undefined, providerMetadata: undefined },
      { type: 'text', text: 'calling', providerMetadata: undefined },
      {
        type: 'tool-call',
        toolCallId: 't1',
        toolName: 'weather',
        args: { city: 'Paris' },
        providerMetadata: undefined,
      },
    ]);
  });

  it('maps every V2 tool output type onto result, isError and content', () => {
    const [message] = convertEdgePrompt([
      {
        role: 'tool',
        content: [
          { type: 'tool-result', toolCallId: 'a', toolName: 't', output: { type: 'text', value: 'ok' } },
          { type: 'tool-result', toolCallId: 'b', toolName: 't', output: { type: 'json', value: { n: 1 } } },
          {
            type: 'tool-result',
            toolCallId: 'c',
            toolName: 't',
            output: { type: 'error-text', value: 'boom' },
          },
          {
            type: 'tool-result',
            toolCallId: 'd',
            toolName: 't',
            output: {
              type: 'content',
              value: [
                { type: 'text', text: 'chart' },
                { type: 'media', data: 'AQID', mediaType: 'image/png' },
              ],
            },
          },
        ],
      },
    ]);
    expect(
      (
        message!.content as Array<{ type: string; result?: unknown; isError?: boolean; content?: unknown }>
      ).map(part => (part.type === 'tool-result' ? [part.result, part.isError, part.content] : part)),
    ).toEqual([
      ['ok', undefined, undefined],
      [{ n: 1 }, undefined, undefined],
      ['boom', true, undefined],
      [
        [
          { type: 'text', text: 'chart' },
          { type: 'media', data: 'AQID', mediaType: 'image/png' },
        ],
        undefined,
        [
          { type: 'text', text: 'chart' },
          { type: 'image', data: 'AQID', mimeType: 'image/png' },
        ],
      ],
    ]);
  });
});
