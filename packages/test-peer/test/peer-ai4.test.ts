import { definePeerConformanceSuite } from './peer-conformance-suite';

// @ai-sdk/amazon-bedrock 2.2.12 and this provider's LanguageModelV1, both through ai@4.3.19.
definePeerConformanceSuite('ai4');
