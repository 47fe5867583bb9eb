import {
  InvalidPromptError,
  type LanguageModelV1ImagePart,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import { convertBase64ToUint8Array } from '@ai-sdk/provider-utils';
import type { ImageFormat } from '../catalog/model-catalog-types';

/** An image ready for any family: its bytes and format, or an S3 location (Converse only). */
export type ImageData =
  | { kind: 'bytes'; bytes: Uint8Array; format: ImageFormat; mediaType: `image/${ImageFormat}` }
  | { kind: 's3'; uri: string; format: ImageFormat; mediaType: `image/${ImageFormat}` };

const SIGNATURES: ReadonlyArray<readonly [ImageFormat, readonly number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
];

/** The format from the bytes (magic numbers), falling back to the declared media type. */
export function sniffImageFormat(bytes: Uint8Array, mimeType?: string): ImageFormat | undefined {
  for (const [format, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return format;
  }
  // WebP: "RIFF" .... "WEBP"
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'webp';
  const declared = mimeType?.replace(/^image\//, '').replace('jpg', 'jpeg');
  return declared === 'png' || declared === 'jpeg' || declared === 'gif' || declared === 'webp'
    ? declared
    : undefined;
}

/**
 * V1 image part -> bytes and format. The library never fetches a URL (ai downloads http(s) images because the model
 * says `supportsImageUrls: false`); an `s3://` URL becomes an S3 location, which only Converse takes.
 */
export function imageData(part: {
  image: LanguageModelV1ImagePart['image'] | string;
  mimeType?: string;
}): ImageData {
  if (part.image instanceof URL) {
    const format = sniffImageFormat(new Uint8Array(), part.mimeType ?? mimeFromPath(part.image.pathname));
    if (part.image.protocol === 's3:' && format)
      return { kind: 's3', uri: part.image.href, format, mediaType: `image/${format}` };
    throw new UnsupportedFunctionalityError({
      functionality: 'image URLs',
      message: `Image URLs are not fetched by this provider (got ${part.image.protocol} URL); pass the image bytes, or an s3:// URL on the Converse API.`,
    });
  }
  const bytes = typeof part.image === 'string' ? convertBase64ToUint8Array(part.image) : part.image;
  const format = sniffImageFormat(bytes, part.mimeType);
  if (!format) {
    throw new UnsupportedFunctionalityError({
      functionality: 'image format',
      message: `Unsupported image type ${part.mimeType ?? '(unknown)'}: Bedrock takes JPEG, PNG, GIF and WebP images.`,
    });
  }
  return { kind: 'bytes', bytes, format, mediaType: `image/${format}` };
}

function mimeFromPath(path: string): string | undefined {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? `image/${extension}` : undefined;
}

export function assertImageBytes(image: ImageData, maxBytes: number, prompt: unknown): void {
  if (image.kind === 'bytes' && image.bytes.byteLength > maxBytes) {
    throw new InvalidPromptError({
      prompt,
      message: `An image of ${image.bytes.byteLength} bytes exceeds this model's limit of ${maxBytes} bytes per image.`,
    });
  }
}
