import { z } from 'zod';

// One validated configuration, read once at boot: a wrong value stops the process with a clear message
// instead of failing later in a request.
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.string().optional(),
    DATA_DIR: z.string().default('./data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    SEED_DEMO: booleanFlag.optional(),
    OAUTH_CLIENT_ID: z.string().optional(),
    OAUTH_CLIENT_SECRET: z.string().optional(),
    OAUTH_BASE_URL: z.url().default('https://meta.wikimedia.org/w/rest.php'),
    ADMIN_USERNAMES: z.string().default(''),
    ORGANIZER_USERNAMES: z.string().default(''),
    MENTORSHIP_MIN_OVERLAP_HOURS: z.coerce.number().min(0).max(40).default(2),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
    MAIL_FROM: z.string().default('Sangam <sangam@localhost>'),
    TRUST_PROXY: booleanFlag.default(false),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    SIGNIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
    CREDENTIALS_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (a 256-bit key)').optional(),
  })
  .refine((c) => !(c.NODE_ENV === 'production' && !c.DATABASE_URL), {
    message: 'DATABASE_URL is required in production',
  })
  .refine((c) => !(c.NODE_ENV === 'production' && !(c.OAUTH_CLIENT_ID && c.OAUTH_CLIENT_SECRET)), {
    message: 'OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET are required in production',
  })
  .refine((c) => !(c.NODE_ENV === 'production' && !c.PUBLIC_URL), {
    message: 'PUBLIC_URL is required in production',
  });

export interface ConfiguredRoles { admins: ReadonlySet<string>; organizers: ReadonlySet<string> }

const usernameSet = (list: string) => new Set(list.split(',').map((s) => s.trim()).filter(Boolean));

export type RawConfig = z.infer<typeof ConfigSchema>;

export interface Config {
  env: RawConfig['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  oauth: { clientId: string; clientSecret: string; baseUrl: string } | null;
  /** Roles given at sign-in to the usernames named in configuration. */
  configuredRoles: ConfiguredRoles;
  mentorship: { minOverlapHours: number };
  /** SMTP when configured; otherwise (outside production) mail is appended to a log in the data folder. */
  mail: { smtpUrl: string | undefined; from: string };
  trustProxy: boolean;
  dbPoolSize: number;
  /** Sign-in attempts per address, and form posts per person (or address), per minute. */
  rateLimits: { signIn: number; writes: number };
  /** Hex key that encrypts communities' wiki credentials; outside production a key file in the data folder stands in. */
  credentialsKey: string | undefined;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'config'}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    isProduction: c.NODE_ENV === 'production',
    port: c.PORT,
    host: c.HOST,
    publicUrl: c.PUBLIC_URL?.replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    embeddedPgPort: c.EMBEDDED_PG_PORT,
    seedDemo: c.SEED_DEMO ?? c.NODE_ENV === 'development',
    oauth:
      c.OAUTH_CLIENT_ID && c.OAUTH_CLIENT_SECRET
        ? { clientId: c.OAUTH_CLIENT_ID, clientSecret: c.OAUTH_CLIENT_SECRET, baseUrl: c.OAUTH_BASE_URL.replace(/\/$/, '') }
        : null,
    configuredRoles: { admins: usernameSet(c.ADMIN_USERNAMES), organizers: usernameSet(c.ORGANIZER_USERNAMES) },
    mentorship: { minOverlapHours: c.MENTORSHIP_MIN_OVERLAP_HOURS },
    mail: { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM },
    trustProxy: c.TRUST_PROXY,
    dbPoolSize: c.DB_POOL_SIZE,
    rateLimits: { signIn: c.SIGNIN_RATE_LIMIT, writes: c.WRITE_RATE_LIMIT },
    credentialsKey: c.CREDENTIALS_KEY?.toLowerCase(),
  };
}
