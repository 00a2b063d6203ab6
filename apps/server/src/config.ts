import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env: every setting, validated once. */
const NODE_ENVS = ['development', 'production', 'test'] as const;

const PORT_RANGE = 'must be a whole number from 0 to 65535';

/**
 * Which proxies may tell us the client's IP (X-Forwarded-For). Off by default: the IP is the
 * socket's, so a client cannot choose the address the per-IP throttles count.
 */
export type TrustProxy = false | { readonly hops: number } | { readonly addresses: readonly string[] };

const TRUST_PROXY_RULE = 'must be a hop count (1-10) or a comma-separated list of proxy IPs or CIDR ranges (or loopback, linklocal, uniquelocal)';
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(value: string): boolean {
  if (NAMED_RANGES.has(value)) return true;
  const [address = '', bits, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/** Parses TRUST_PROXY; null when it is neither a hop count nor a list of addresses. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim();
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? { hops } : null;
  }
  const addresses = value.split(',').map((a) => a.trim()).filter((a) => a !== '');
  return addresses.length > 0 && addresses.every(isAddressOrRange) ? { addresses } : null;
}

const schema = z.object({
  PORT: z.coerce.number({ error: PORT_RANGE }).int(PORT_RANGE).min(0, PORT_RANGE).max(65535, PORT_RANGE).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default(path.resolve(__dirname, '../../../.data')),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  MAILGUN_API_KEY: z.string().min(1).optional(),
  MAILGUN_DOMAIN: z.string().min(1).optional(),
  MAILGUN_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).optional(),
  NODE_ENV: z.enum(NODE_ENVS).default('development'),
  TRUST_PROXY: z
    .string()
    .transform((v) => parseTrustProxy(v))
    .refine((v) => v !== null, TRUST_PROXY_RULE)
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type NodeEnv = (typeof NODE_ENVS)[number];


export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string;
  readonly mailgun: { readonly apiKey: string; readonly domain: string; readonly url: string | undefined } | undefined;
  readonly mailFrom: string;
  readonly nodeEnv: NodeEnv;
  readonly isProduction: boolean;
  readonly logLevel: string;
  readonly trustProxy: TrustProxy;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** Parses an environment into a Config, or throws ConfigError with one line per problem. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // Blank values mean "unset": `PORT= pnpm start` should not be a validation error
  // (and `PORT=' '` must not coerce to 0, a random port).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(cleaned);
  // Cross-field rules read the raw values, so they are reported together with field
  // problems: a start-up failure prints one line per problem, not the first batch of them.
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  const hasKey = cleaned.MAILGUN_API_KEY !== undefined;
  const hasDomain = cleaned.MAILGUN_DOMAIN !== undefined;
  if (hasKey !== hasDomain) {
    problems.push(`${hasKey ? 'MAILGUN_DOMAIN' : 'MAILGUN_API_KEY'}: required when ${hasKey ? 'MAILGUN_API_KEY' : 'MAILGUN_DOMAIN'} is set`);
  }
  if (cleaned.NODE_ENV === 'production' && cleaned.PUBLIC_URL === undefined) {
    problems.push('PUBLIC_URL: required when NODE_ENV=production (links in emails must point at the real address)');
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const e = result.data;
  const port = e.PORT;
  return Object.freeze({
    port,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    mailgun:
      e.MAILGUN_API_KEY !== undefined && e.MAILGUN_DOMAIN !== undefined
        ? Object.freeze({ apiKey: e.MAILGUN_API_KEY, domain: e.MAILGUN_DOMAIN, url: e.MAILGUN_URL })
        : undefined,
    mailFrom: e.MAIL_FROM ?? 'Gatehouse <no-reply@gatehouse.local>',
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY ?? false,
  });
}

/** Reads this process's environment. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}

/** Test-only environment knobs, read here so no other file touches process.env. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}
