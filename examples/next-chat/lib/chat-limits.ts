/**
 * The app's own limits on what a browser may send to /api/chat. They are choices of this example, not Bedrock
 * facts: the provider still checks each model's own limits (image sizes and counts, stop sequences) before sending.
 * The page reads the same values, so it refuses what the server would refuse before uploading it.
 */
export const CHAT_LIMITS = {
  /** Whole request body, in bytes (413 above it). Room for a few images as base64 plus the conversation. */
  maxBodyBytes: 8 * 1024 * 1024,
  /** Messages in one request (400 above it). */
  maxMessages: 100,
  /** Characters of text over all messages of one request (400 above it). */
  maxTextChars: 100_000,
  /** Images attached to one message. */
  maxAttachmentsPerMessage: 4,
  /** Images in one request, over all messages. */
  maxAttachments: 8,
  /** Decoded bytes of one image: 3.75 MiB, so that one image fits the strictest vision model of the catalog. */
  maxAttachmentBytes: 3.75 * 1024 * 1024,
  /** Stop sequences of one request, and characters of each. */
  maxStopSequences: 4,
  maxStopSequenceChars: 100,
} as const;

/** Image types the page uploads (the formats every vision model of the catalog takes). */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
