/**
 * The most stop sequences the Converse API takes in one request, for every model: `inferenceConfig.stopSequences`,
 * "Array Members: Minimum number of 0 items. Maximum number of 2500 items."
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html). A model's own
 * limit (the catalog's `stopSequences.max`) may be lower; Claude's Messages body takes 8191, on InvokeModel only.
 */
export const CONVERSE_STOP_SEQUENCES_MAX = 2500;
