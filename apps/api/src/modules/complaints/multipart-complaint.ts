// Reads a complaint's multipart request: the text fields, checked with the contract's schema, and the
// files, each checked by its content and size before anything is stored. Every refusal is a 4xx.
import { complaintAttachmentRules, fileComplaintFields } from '@portal/contract';
import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { attachmentFilename, sniffAttachmentType } from './attachment-type.js';
import type { CheckedAttachment } from './complaints.service.js';

/** @fastify/multipart's limits for the complaints' route: the file rules, and small text fields. */
export const multipartLimits = {
  fileSize: complaintAttachmentRules.maxFileSize,
  files: complaintAttachmentRules.maxFiles,
  fields: 10,
  fieldSize: 16_384,
  parts: 20,
};

const tooLarge = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

/** zod's issues as Fastify's validation errors, the way the zod type provider makes them for a body. */
function validationIssues(error: z.ZodError): FastifySchemaValidationError[] {
  return error.issues.map(({ path, code, message, ...params }) => ({
    keyword: code,
    instancePath: `/${path.join('/')}`,
    schemaPath: `#/${path.join('/')}/${code}`,
    message,
    params,
  }));
}

export async function readComplaintRequest(request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const fields: Record<string, string> = {};
  const files: CheckedAttachment[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string' && part.value !== '') fields[part.fieldname] = part.value;
        continue;
      }
      const data = await part.toBuffer();
      if (part.file.truncated) throw new AppError('COMPLAINT_ATTACHMENT_TOO_LARGE');
      const contentType = sniffAttachmentType(data.subarray(0, 16));
      if (!contentType) throw new AppError('COMPLAINT_ATTACHMENT_TYPE');
      files.push({ filename: attachmentFilename(part.filename, contentType), contentType, data });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && tooLarge.has(code)) throw new AppError('COMPLAINT_ATTACHMENT_TOO_LARGE', { cause: error });
    throw error;
  }
  const parsed = fileComplaintFields.safeParse(fields);
  if (!parsed.success) {
    // the same problem a JSON body's validation gives, with the fields as the body it names
    (request as { body: unknown }).body = fields;
    throw Object.assign(new Error('invalid complaint fields'), {
      statusCode: 400,
      validation: validationIssues(parsed.error),
      validationContext: 'body',
    });
  }
  return { fields: parsed.data, files };
}
