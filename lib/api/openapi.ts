/**
 * The OpenAPI 3.1 description of the backend API, served at /api/v1/openapi.json. Written as
 * data beside the routes it describes; tests/integration/api-v1.test.ts checks that every route
 * under app/api/v1 is here and everything here is a route, and that each $ref resolves.
 */
import { matterActors, submissionFilePurposes, submissionStatuses } from '@/db/schema';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from '@/lib/attachments/allowed-types';
import { MESSAGE_MAX_LENGTH, settableStatuses } from '@/lib/matters/handling';
import { LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT } from './submissions';
import { MESSAGE_MAX_FILES } from './schemas';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const dateTime = { type: 'string', format: 'date-time' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: 'null' }] });
const localizedText = ref('LocalizedText');

const itemNumberParameter = {
  name: 'itemNumber',
  in: 'path',
  required: true,
  description: 'The item number the owner sees (e.g. 100001).',
  schema: { type: 'integer', minimum: 1 },
};

// Every operation on an item answers these the same way.
const commonErrors = {
  '401': { $ref: '#/components/responses/Unauthorized' },
  '404': { $ref: '#/components/responses/NotFound' },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Asiointi backend API',
    version: '1.0.0',
    description: [
      "The divisions' case systems read and handle the submissions of their services here, by the same rules as officials in the back office:",
      'every change makes the same event in the item\'s history, the same notification to its owner and the same audit entry, and opening an item goes to the access log the owner sees.',
      '',
      'Each case system has its own API key (made by the portal\'s operators with `npm run case-system -- create`), sent as `Authorization: Bearer <key>` on every call.',
      'A case system sees only the items of its own division and of the services it was made for; any other item is "not found", exactly as an item that does not exist.',
      '',
      'Dates are ISO 8601 in UTC. Errors are problem details (RFC 9457, `application/problem+json`) whose `detail` says what was wrong.',
    ].join('\n'),
  },
  servers: [{ url: '/api/v1' }],
  security: [{ apiKey: [] }],
  tags: [
    { name: 'Submissions', description: 'Sent forms in handling.' },
    { name: 'Documentation', description: 'This description, readable without a key.' },
  ],
  paths: {
    '/openapi.json': {
      get: {
        tags: ['Documentation'],
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        security: [],
        responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/submissions': {
      get: {
        tags: ['Submissions'],
        operationId: 'listSubmissions',
        summary: "The case system's submissions, oldest sent first",
        description:
          'A page of the submissions of the case system\'s services, oldest sent first. To fetch the new ones, ask with `status=sent` and handle each (mark it `received`); follow `nextCursor` until it is null.',
        parameters: [
          { name: 'status', in: 'query', required: false, description: 'Only items in this status.', schema: { type: 'string', enum: [...submissionStatuses] } },
          { name: 'service', in: 'query', required: false, description: 'Only items of this service (its slug).', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } },
          { name: 'since', in: 'query', required: false, description: 'Only items sent at or after this time (ISO 8601 with an offset).', schema: dateTime },
          { name: 'cursor', in: 'query', required: false, description: '`nextCursor` of the previous page, as it was given.', schema: { type: 'string' } },
          { name: 'limit', in: 'query', required: false, description: 'Items per page.', schema: { type: 'integer', minimum: 1, maximum: LIST_MAX_LIMIT, default: LIST_DEFAULT_LIMIT } },
        ],
        responses: {
          '200': { description: 'A page of submissions.', content: { 'application/json': { schema: ref('SubmissionList') } } },
          '400': { $ref: '#/components/responses/InvalidRequest' },
          '401': { $ref: '#/components/responses/Unauthorized' },
        },
      },
    },
    '/submissions/{itemNumber}': {
      get: {
        tags: ['Submissions'],
        operationId: 'getSubmission',
        summary: 'One submission with its answers, history, messages and files',
        description: 'Opening an item is recorded in its access log, which its owner sees (the division and that it was the API).',
        parameters: [itemNumberParameter],
        responses: {
          '200': { description: 'The submission.', content: { 'application/json': { schema: ref('Submission') } } },
          ...commonErrors,
        },
      },
    },
    '/submissions/{itemNumber}/attachments/{attachmentId}': {
      get: {
        tags: ['Submissions'],
        operationId: 'getSubmissionAttachment',
        summary: "One of the submission's files",
        description: 'The bytes of a file listed in the submission\'s `attachments`, with its type (read from the bytes when it came in) and its name in Content-Disposition.',
        parameters: [itemNumberParameter, { name: 'attachmentId', in: 'path', required: true, description: 'The `id` of an entry of `attachments`.', schema: uuid }],
        responses: {
          '200': {
            description: 'The file.',
            headers: {
              'Content-Disposition': { description: 'attachment, with the file name (ASCII and UTF-8).', schema: { type: 'string' } },
              'Content-Length': { schema: { type: 'integer' } },
            },
            content: { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
          },
          ...commonErrors,
        },
      },
    },
    '/submissions/{itemNumber}/status': {
      post: {
        tags: ['Submissions'],
        operationId: 'changeSubmissionStatus',
        summary: 'Move the submission to another status',
        description:
          'Cancelled is final; a decided item may only go back to processing. "information_requested" is set by an information request, and "sent" only by the sending. The owner is notified.',
        parameters: [itemNumberParameter],
        requestBody: { required: true, content: { 'application/json': { schema: ref('StatusChange') } } },
        responses: {
          '200': { description: 'The status was changed.', content: { 'application/json': { schema: ref('StatusChanged') } } },
          '400': { $ref: '#/components/responses/InvalidRequest' },
          ...commonErrors,
          '409': problemResponse('The rules of statuses refuse the change: the item is final, or has this status already.'),
          '415': { $ref: '#/components/responses/UnsupportedMediaType' },
        },
      },
    },
    '/submissions/{itemNumber}/messages': {
      post: {
        tags: ['Submissions'],
        operationId: 'postSubmissionMessage',
        summary: "Write to the submission's owner",
        description: `Starts or continues the conversation on the item; the owner may then reply. As JSON, or as multipart/form-data with up to ${MESSAGE_MAX_FILES} files (each at most ${DEFAULT_MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB; pdf, jpg, png, doc, docx, odt or txt, checked by their bytes).`,
        parameters: [itemNumberParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: ref('Message') },
            'multipart/form-data': { schema: ref('MessageWithFiles'), encoding: { files: { contentType: 'application/octet-stream' } } },
          },
        },
        responses: {
          '201': { description: 'The message was sent.', content: { 'application/json': { schema: ref('Accepted') } } },
          '400': { $ref: '#/components/responses/InvalidRequest' },
          ...commonErrors,
          '413': { $ref: '#/components/responses/TooLarge' },
          '415': { $ref: '#/components/responses/UnsupportedMediaType' },
        },
      },
    },
    '/submissions/{itemNumber}/decisions': {
      post: {
        tags: ['Submissions'],
        operationId: 'postSubmissionDecision',
        summary: 'Attach a decision document',
        description: `Adds a decision document to the item's history, where its owner finds it (at most ${DEFAULT_MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB; pdf, jpg, png, doc, docx, odt or txt, checked by its bytes). The status is not changed: set "decided" with the status call. Not on a cancelled item.`,
        parameters: [itemNumberParameter],
        requestBody: { required: true, content: { 'multipart/form-data': { schema: ref('Decision'), encoding: { file: { contentType: 'application/octet-stream' } } } } },
        responses: {
          '201': { description: 'The decision was attached.', content: { 'application/json': { schema: ref('Accepted') } } },
          '400': { $ref: '#/components/responses/InvalidRequest' },
          ...commonErrors,
          '409': problemResponse('The item is cancelled.'),
          '413': { $ref: '#/components/responses/TooLarge' },
          '415': { $ref: '#/components/responses/UnsupportedMediaType' },
        },
      },
    },
    '/submissions/{itemNumber}/information-requests': {
      post: {
        tags: ['Submissions'],
        operationId: 'requestSubmissionInformation',
        summary: 'Ask the owner for more information',
        description:
          'Names the form\'s fields the owner may answer again and whether attachments are needed, with a message (also a message on the item). The item goes to "information_requested"; the owner answers with one complement. One request is open at a time; not on a decided or cancelled item.',
        parameters: [itemNumberParameter],
        requestBody: { required: true, content: { 'application/json': { schema: ref('InformationRequestInput') } } },
        responses: {
          '201': { description: 'The request was sent.', content: { 'application/json': { schema: ref('StatusChanged') } } },
          '400': { $ref: '#/components/responses/InvalidRequest' },
          ...commonErrors,
          '409': problemResponse('The item is final, or an earlier request is still unanswered.'),
          '415': { $ref: '#/components/responses/UnsupportedMediaType' },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      apiKey: { type: 'http', scheme: 'bearer', description: "The case system's API key, `asi_<prefix>_<secret>`." },
    },
    responses: {
      Unauthorized: {
        ...problemResponse('No API key, or not one of a case system in use (unknown, wrong or revoked).'),
        headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
      },
      NotFound: problemResponse('No such item (or file) among those the case system may see.'),
      InvalidRequest: problemResponse('The parameters or the body are not valid; `detail` and `errors` say what is wrong.'),
      TooLarge: problemResponse('The body is larger than the API takes.'),
      UnsupportedMediaType: problemResponse('The body is not of a media type the call takes.'),
    },
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string', description: 'The kind of problem, e.g. `urn:asiointi:problem:not-found`.' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string', description: 'What was wrong, in plain English.' },
          reason: { type: 'string', description: 'For a refusal by the rules of handling: its code (e.g. `final`, `unchanged`, `fileRefused`).' },
          errors: {
            type: 'array',
            description: 'For an invalid body or query: each problem with where it is.',
            items: { type: 'object', required: ['pointer', 'detail'], properties: { pointer: { type: 'string' }, detail: { type: 'string' } } },
          },
          requestId: { type: 'string' },
        },
      },
      LocalizedText: {
        type: 'object',
        required: ['fi', 'sv', 'en'],
        properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
      },
      Status: { type: 'string', enum: [...submissionStatuses] },
      SubmissionSummary: {
        type: 'object',
        required: ['itemNumber', 'serviceSlug', 'formSlug', 'formVersion', 'status', 'locale', 'ownerKind', 'sentAt', 'updatedAt'],
        properties: {
          itemNumber: { type: 'integer' },
          serviceSlug: { type: 'string' },
          formSlug: { type: 'string' },
          formVersion: { type: 'integer' },
          status: ref('Status'),
          locale: { type: 'string', enum: ['fi', 'sv', 'en'], description: 'The language the form was filled in.' },
          ownerKind: { type: 'string', enum: ['person', 'organisation'] },
          sentAt: dateTime,
          updatedAt: dateTime,
        },
      },
      SubmissionList: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: ref('SubmissionSummary') },
          nextCursor: { ...nullable({ type: 'string' }), description: 'Give as `cursor` for the next page; null on the last page.' },
        },
      },
      Attachment: {
        type: 'object',
        required: ['id', 'purpose', 'fileName', 'contentType', 'size', 'href'],
        properties: {
          id: uuid,
          purpose: { type: 'string', enum: ['form', ...submissionFilePurposes], description: '`form`: attached to the form when it was sent; the others came later.' },
          fieldName: { ...nullable({ type: 'string' }), description: 'For a form attachment: the field it answers (its answer holds this id).' },
          messageId: nullable(uuid),
          complementId: nullable(uuid),
          author: { type: 'string', enum: [...matterActors] },
          fileName: { type: 'string' },
          contentType: { type: 'string' },
          size: { type: 'integer' },
          createdAt: nullable(dateTime),
          href: { type: 'string', description: 'Where to fetch the bytes.' },
        },
      },
      Event: {
        type: 'object',
        required: ['id', 'type', 'status', 'actor', 'at'],
        properties: {
          id: uuid,
          type: { type: 'string', enum: ['status', 'message', 'decision', 'complement'] },
          status: { ...nullable(ref('Status')), description: 'For a status event: the new status.' },
          actor: { type: 'string', enum: [...matterActors] },
          divisionId: nullable(uuid),
          messageId: nullable(uuid),
          fileId: nullable(uuid),
          at: dateTime,
        },
      },
      ItemMessage: {
        type: 'object',
        required: ['id', 'author', 'body', 'createdAt'],
        properties: { id: uuid, author: { type: 'string', enum: [...matterActors] }, divisionId: nullable(uuid), body: { type: 'string' }, createdAt: dateTime },
      },
      InformationRequest: {
        type: 'object',
        required: ['id', 'fieldNames', 'attachmentsRequested', 'message', 'createdAt', 'answeredAt'],
        properties: {
          id: uuid,
          fieldNames: { type: 'array', items: { type: 'string' } },
          attachmentsRequested: { type: 'boolean' },
          message: { type: 'string' },
          createdAt: dateTime,
          answeredAt: nullable(dateTime),
        },
      },
      Complement: {
        type: 'object',
        required: ['id', 'requestId', 'answers', 'sentAt'],
        properties: { id: uuid, requestId: uuid, answers: { type: 'object', additionalProperties: true }, sentAt: dateTime },
      },
      Submission: {
        type: 'object',
        required: ['itemNumber', 'serviceSlug', 'serviceName', 'form', 'locale', 'status', 'ownerKind', 'sentAt', 'updatedAt', 'decidedAt', 'answers', 'attachments', 'events', 'messages', 'informationRequests', 'complements'],
        properties: {
          itemNumber: { type: 'integer' },
          serviceSlug: { type: 'string' },
          serviceName: localizedText,
          form: {
            type: 'object',
            required: ['slug', 'version', 'definition'],
            properties: {
              slug: { type: 'string' },
              version: { type: 'integer', description: 'The version of the form it was filled on.' },
              definition: { type: 'object', additionalProperties: true, description: "The form's pages and fields, with their names and labels in three languages." },
            },
          },
          locale: { type: 'string', enum: ['fi', 'sv', 'en'] },
          status: ref('Status'),
          ownerKind: { type: 'string', enum: ['person', 'organisation'] },
          sentAt: dateTime,
          updatedAt: dateTime,
          decidedAt: nullable(dateTime),
          answers: { type: 'object', additionalProperties: true, description: 'Answers by field name; an attachment field holds the ids of its files (see `attachments`).' },
          attachments: { type: 'array', items: ref('Attachment') },
          events: { type: 'array', items: ref('Event'), description: 'The history, oldest first; the first is the sending.' },
          messages: { type: 'array', items: ref('ItemMessage') },
          informationRequests: { type: 'array', items: ref('InformationRequest') },
          complements: { type: 'array', items: ref('Complement') },
        },
      },
      StatusChange: {
        type: 'object',
        required: ['status'],
        additionalProperties: false,
        properties: { status: { type: 'string', enum: [...settableStatuses] } },
      },
      StatusChanged: {
        type: 'object',
        required: ['itemNumber', 'status'],
        properties: { itemNumber: { type: 'integer' }, status: ref('Status') },
      },
      Message: {
        type: 'object',
        required: ['body'],
        additionalProperties: false,
        properties: { body: { type: 'string', minLength: 1, maxLength: MESSAGE_MAX_LENGTH } },
      },
      MessageWithFiles: {
        type: 'object',
        required: ['body'],
        properties: {
          body: { type: 'string', minLength: 1, maxLength: MESSAGE_MAX_LENGTH },
          files: { type: 'array', maxItems: MESSAGE_MAX_FILES, items: { type: 'string', contentMediaType: 'application/octet-stream' } },
        },
      },
      Decision: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
      },
      InformationRequestInput: {
        type: 'object',
        required: ['message'],
        additionalProperties: false,
        properties: {
          fieldNames: { type: 'array', items: { type: 'string' }, default: [], description: "Names of the form's fields the owner may answer again." },
          attachmentsRequested: { type: 'boolean', default: false },
          message: { type: 'string', minLength: 1, maxLength: MESSAGE_MAX_LENGTH },
        },
      },
      Accepted: { type: 'object', required: ['itemNumber'], properties: { itemNumber: { type: 'integer' } } },
    },
  },
} as const;
