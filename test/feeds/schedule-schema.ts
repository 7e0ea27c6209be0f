// The rules of the C3VOC schedule JSON format (github.com/voc/schedule, validator/json/schema.json, read in
// its 2023–2024 revisions), written out here as a JSON Schema for the tests; the upstream file names no licence,
// so it is described rather than copied. Where revisions disagree the stricter rule is kept: the newer
// acronym pattern, and the older list of required event fields (answers, attachments, description,
// recording_license) on top of the newer one. Two points follow frab's own output instead of the newer
// revision's annotations: an event's "start" is the local time HH:MM (as frab and pretalx write it and as
// the upstream examples validate), and "do_not_record" and "logo", typed differently in each revision, are left out.

const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;

const event = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id', 'guid', 'date', 'start', 'duration', 'room', 'slug', 'url', 'title', 'subtitle', 'track', 'type', 'language',
    'abstract', 'description', 'recording_license', 'persons', 'links', 'attachments', 'answers',
  ],
  properties: {
    id: { type: 'integer', minimum: 1 },
    guid: { type: 'string', format: 'uuid' },
    date: { type: 'string', format: 'date-time' },
    start: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    duration: { type: 'string', pattern: '^[0-9]+:[0-9]{2}$' },
    room: string,
    slug: { type: 'string', pattern: '^[a-z0-9_-]+[a-z0-9]$' },
    url: { type: 'string', format: 'uri' },
    title: string,
    subtitle: nullableString,
    track: nullableString,
    type: string,
    language: string,
    abstract: nullableString,
    description: nullableString,
    recording_license: string,
    persons: {
      type: 'array',
      items: {
        // A frab person (id and public_name) and not also a pretalx one (name): exactly one of the two shapes.
        type: 'object',
        required: ['id', 'public_name'],
        properties: { id: { type: 'integer' }, public_name: string },
        not: { properties: { name: string }, required: ['name'] },
      },
    },
    links: { type: 'array', items: { type: 'object', required: ['url', 'title'], properties: { url: { type: 'string', format: 'uri' }, title: string } } },
    attachments: { type: 'array' },
    answers: { type: 'array' },
  },
} as const;

export const scheduleSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['schedule'],
  properties: {
    $schema: string,
    schedule: {
      type: 'object',
      required: ['version', 'base_url', 'conference'],
      properties: {
        version: string,
        base_url: { type: 'string', format: 'uri' },
        conference: {
          type: 'object',
          additionalProperties: false,
          required: ['acronym', 'title', 'start', 'end', 'daysCount', 'timeslot_duration', 'days'],
          properties: {
            acronym: { type: 'string', pattern: '^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$' },
            title: string,
            description: string,
            start: { type: 'string', format: 'date' },
            end: { type: 'string', format: 'date' },
            daysCount: { type: 'integer' },
            timeslot_duration: { type: 'string', pattern: '^[0-9]+:[0-9]{2}$' },
            time_zone_name: { type: 'string', pattern: '^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$' },
            url: { type: 'string', format: 'uri' },
            keywords: { type: 'array', items: string },
            rooms: {
              type: 'array',
              items: {
                type: 'object', additionalProperties: false, required: ['name', 'guid'],
                properties: { name: string, guid: { type: 'string', format: 'uuid' }, description: nullableString, capacity: { type: ['number', 'null'] } },
              },
            },
            days: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['index', 'date', 'day_start', 'day_end', 'rooms'],
                properties: {
                  index: { type: 'integer' },
                  date: { type: 'string', format: 'date' },
                  day_start: { type: 'string', format: 'date-time' },
                  day_end: { type: 'string', format: 'date-time' },
                  rooms: { type: 'object', additionalProperties: { type: 'array', items: event } },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
