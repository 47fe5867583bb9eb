/**
 * A Converse answer that came only as reasoning blocks, unsigned, and ended normally (`end_turn`) is the answer: Magistral
 * answers this way (its `{"reasoningContent":{"reasoningText":{"text":"Two"}}}` in the legacy wrapper's run log,
 * https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-models-output.txt).
 * Signed or redacted reasoning (Claude) is never an answer, and a cut answer (`max_tokens`) stays reasoning. One rule for
 * `parseResponse` and the stream decoder, so that generateText and streamText give the same text.
 */
export function isReasoningOnlyAnswer(answer: {
  readonly hasText: boolean;
  readonly hasToolCalls: boolean;
  readonly stopReason: string | undefined;
  readonly reasoningText: string;
  readonly signed: boolean;
}): boolean {
  return (
    !answer.hasText &&
    !answer.hasToolCalls &&
    answer.stopReason === 'end_turn' &&
    answer.reasoningText !== '' &&
    !answer.signed
  );
}
