// Files a message carries, rendered only when it is sent: the outbox keeps a reference, and the module
// that registered a resolver for its kind turns it into the file (a bill's or a notice's PDF).

/** What the outbox stores of an attachment: its kind and the resolver's own keys. */
export interface MailAttachmentRef {
  kind: string;
  [key: string]: string;
}

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export type AttachmentResolver = (ref: MailAttachmentRef) => Promise<MailAttachment>;

/** A message whose attachment nobody can render fails its attempt, like a refused send. */
export function missingResolver(ref: MailAttachmentRef): Error {
  return new Error(`no resolver for the attachment "${ref.kind}"`);
}
