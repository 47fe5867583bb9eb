import {
  InvalidPromptError,
  type LanguageModelV1Prompt,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import type { BedrockApi, ModelCatalogEntry } from '../catalog/model-catalog-types';
import { assertImageBytes, imageData } from './image-data';

export interface PromptMedia {
  images: number;
  documents: number;
  hasToolContent: boolean;
}

/** Counts what the prompt carries that not every model/API takes (images, documents, tool calls and results). */
export function inspectPromptMedia(prompt: LanguageModelV1Prompt): PromptMedia {
  let images = 0;
  let documents = 0;
  let hasToolContent = false;
  for (const message of prompt) {
    if (message.role === 'system') continue;
    for (const part of message.content) {
      if (part.type === 'image') images++;
      else if (part.type === 'file') {
        if (part.mimeType.startsWith('image/')) images++;
        else documents++;
      } else if (part.type === 'tool-call') hasToolContent = true;
      else if (part.type === 'tool-result') {
        hasToolContent = true;
        images += part.content?.filter(item => item.type === 'image').length ?? 0;
      }
    }
  }
  return { images, documents, hasToolContent };
}

/**
 * Checks every image against the model's limits before anything is encoded or sent: vision support on the API,
 * the number of images, and each image's format and size (checked on the bytes already in memory, never by
 * re-encoding).
 */
export function validatePromptImages(
  prompt: LanguageModelV1Prompt,
  entry: ModelCatalogEntry,
  api: BedrockApi,
): void {
  const { images } = inspectPromptMedia(prompt);
  if (images === 0) return;
  if (!entry.vision[api]) {
    throw new UnsupportedFunctionalityError({
      functionality: 'image input',
      message: `${entry.name} does not take images on ${api === 'invoke' ? 'InvokeModel' : 'Converse'}.`,
    });
  }
  const limits = entry.imageLimits;
  if (!limits) return;
  if (images > limits.maxCount) {
    throw new InvalidPromptError({
      prompt,
      message: `${images} images exceed ${entry.name}'s limit of ${limits.maxCount} per request.`,
    });
  }
  for (const message of prompt) {
    if (message.role !== 'user') continue;
    for (const part of message.content) {
      // An image given as a file part (`{ type: 'file', mimeType: 'image/png' }`) meets the same limits as an image part.
      const image =
        part.type === 'image'
          ? imageData(part)
          : part.type === 'file' && part.mimeType.startsWith('image/')
            ? imageData({ image: part.data, mimeType: part.mimeType })
            : undefined;
      if (!image) continue;
      if (!limits.formats.includes(image.format)) {
        throw new UnsupportedFunctionalityError({
          functionality: 'image format',
          message: `${entry.name} does not take ${image.format} images.`,
        });
      }
      assertImageBytes(image, limits.maxBytes, prompt);
    }
  }
}
