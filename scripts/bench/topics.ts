/**
 * The subject matter of generated lessons: a study guide on running software in production.
 * Each topic brings its own terms and code samples, so lessons differ in vocabulary the way
 * real lessons do (which matters for the search index's size) while staying plausible prose.
 */

/** A fenced code sample: the language tag and its lines. */
export interface CodeSample {
  lang: string;
  code: string;
}

/** One subject a lesson can be about. */
export interface Topic {
  /** Lower-case noun phrase used inside sentences, e.g. "connection pooling". */
  name: string;
  /** Terms the prose and questions use; the first is the topic's key term. */
  terms: readonly string[];
  /** A quantity a numeric question can ask about, with its unit. */
  unit: string;
  samples: readonly CodeSample[];
}

export const TOPICS: readonly Topic[] = [
  {
    name: 'connection pooling',
    terms: ['pool size', 'idle timeout', 'checkout latency', 'leaked connection', 'max lifetime', 'queue depth'],
    unit: 'open connections',
    samples: [
      { lang: 'ts', code: "const pool = new Pool({\n  max: 20,\n  idleTimeoutMillis: 30_000,\n  connectionTimeoutMillis: 2_000,\n});\n\nexport async function query(sql: string, params: unknown[]) {\n  const client = await pool.connect();\n  try {\n    return await client.query(sql, params);\n  } finally {\n    client.release();\n  }\n}" },
      { lang: 'yaml', code: 'database:\n  pool:\n    min: 2\n    max: 20\n    idle_timeout: 30s\n    max_lifetime: 30m' },
    ],
  },
  {
    name: 'HTTP caching',
    terms: ['cache key', 'max-age', 'stale-while-revalidate', 'ETag', 'cache hit ratio', 'origin shield'],
    unit: 'cached responses per second',
    samples: [
      { lang: 'http', code: 'HTTP/1.1 200 OK\nCache-Control: public, max-age=300, stale-while-revalidate=60\nETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"\nVary: Accept-Encoding' },
      { lang: 'nginx', code: 'location /assets/ {\n    expires 1y;\n    add_header Cache-Control "public, immutable";\n}' },
    ],
  },
  {
    name: 'message queues',
    terms: ['consumer group', 'dead-letter queue', 'visibility timeout', 'at-least-once delivery', 'idempotency key', 'backlog'],
    unit: 'messages per second',
    samples: [
      { lang: 'python', code: 'def handle(message):\n    if store.seen(message.idempotency_key):\n        return ack(message)\n    process(message.body)\n    store.remember(message.idempotency_key)\n    ack(message)' },
      { lang: 'json', code: '{\n  "queue": "orders",\n  "visibilityTimeout": 30,\n  "maxReceiveCount": 5,\n  "deadLetterQueue": "orders-dlq"\n}' },
    ],
  },
  {
    name: 'structured logging',
    terms: ['log level', 'correlation id', 'log schema', 'sampling', 'retention period', 'field cardinality'],
    unit: 'gigabytes of logs per day',
    samples: [
      { lang: 'go', code: 'logger.Info("payment captured",\n    "order_id", order.ID,\n    "amount_cents", order.Total,\n    "request_id", ctx.Value(requestIDKey),\n)' },
      { lang: 'json', code: '{"ts":"2024-05-01T12:00:00Z","level":"info","msg":"payment captured","order_id":"o-1842","request_id":"r-77a1"}' },
    ],
  },
  {
    name: 'load balancing',
    terms: ['round robin', 'least connections', 'health check', 'sticky session', 'connection draining', 'upstream pool'],
    unit: 'requests per second',
    samples: [
      { lang: 'nginx', code: 'upstream api {\n    least_conn;\n    server 10.0.0.11:8080 max_fails=3 fail_timeout=10s;\n    server 10.0.0.12:8080 max_fails=3 fail_timeout=10s;\n}' },
      { lang: 'yaml', code: 'healthCheck:\n  path: /healthz\n  interval: 10s\n  timeout: 2s\n  unhealthyThreshold: 3' },
    ],
  },
  {
    name: 'database indexing',
    terms: ['B-tree index', 'composite index', 'selectivity', 'covering index', 'query plan', 'index bloat'],
    unit: 'index scans per second',
    samples: [
      { lang: 'sql', code: 'CREATE INDEX CONCURRENTLY idx_orders_customer_created\n    ON orders (customer_id, created_at DESC);\n\nEXPLAIN ANALYZE\nSELECT id, total FROM orders\nWHERE customer_id = 42\nORDER BY created_at DESC\nLIMIT 20;' },
    ],
  },
  {
    name: 'rate limiting',
    terms: ['token bucket', 'burst size', 'sliding window', 'quota', 'retry-after header', 'fair share'],
    unit: 'requests per minute',
    samples: [
      { lang: 'ts', code: 'export function allow(bucket: Bucket, now: number): boolean {\n  const elapsed = (now - bucket.updatedAt) / 1000;\n  bucket.tokens = Math.min(bucket.capacity, bucket.tokens + elapsed * bucket.rate);\n  bucket.updatedAt = now;\n  if (bucket.tokens < 1) return false;\n  bucket.tokens -= 1;\n  return true;\n}' },
      { lang: 'lua', code: 'local tokens = tonumber(redis.call("GET", KEYS[1]) or ARGV[1])\nif tokens < 1 then\n  return 0\nend\nredis.call("DECR", KEYS[1])\nreturn 1' },
    ],
  },
  {
    name: 'backups and restores',
    terms: ['recovery point objective', 'recovery time objective', 'snapshot', 'point-in-time recovery', 'restore drill', 'retention policy'],
    unit: 'gigabytes of snapshots',
    samples: [
      { lang: 'bash', code: '#!/usr/bin/env bash\nset -euo pipefail\nstamp=$(date -u +%Y%m%dT%H%M%SZ)\npg_dump --format=custom --file="/backups/app-$stamp.dump" "$DATABASE_URL"\naws s3 cp "/backups/app-$stamp.dump" "s3://backups/app/$stamp.dump"' },
    ],
  },
  {
    name: 'service level objectives',
    terms: ['error budget', 'service level indicator', 'burn rate', 'availability target', 'latency percentile', 'alert window'],
    unit: 'minutes of error budget',
    samples: [
      { lang: 'yaml', code: 'slo:\n  name: checkout-availability\n  objective: 99.9\n  window: 28d\n  indicator:\n    good: http_requests_total{code!~"5.."}\n    total: http_requests_total' },
      { lang: 'python', code: 'def burn_rate(errors, requests, objective=0.999):\n    budget = 1 - objective\n    return (errors / requests) / budget' },
    ],
  },
  {
    name: 'container orchestration',
    terms: ['pod', 'readiness probe', 'resource request', 'rolling update', 'node affinity', 'replica set'],
    unit: 'replicas',
    samples: [
      { lang: 'yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.org/api:1.42.0\n          resources:\n            requests: { cpu: 250m, memory: 256Mi }' },
    ],
  },
  {
    name: 'TLS certificates',
    terms: ['certificate chain', 'intermediate certificate', 'certificate expiry', 'ACME challenge', 'private key', 'cipher suite'],
    unit: 'certificates',
    samples: [
      { lang: 'bash', code: 'openssl s_client -connect example.org:443 -servername example.org </dev/null \\\n  | openssl x509 -noout -dates -subject -issuer' },
    ],
  },
  {
    name: 'distributed tracing',
    terms: ['span', 'trace context', 'sampling rate', 'parent span', 'baggage', 'critical path'],
    unit: 'spans per second',
    samples: [
      { lang: 'ts', code: "const span = tracer.startSpan('charge-card', { attributes: { 'order.id': order.id } });\ntry {\n  await gateway.charge(order);\n} catch (error) {\n  span.recordException(error as Error);\n  throw error;\n} finally {\n  span.end();\n}" },
    ],
  },
  {
    name: 'secrets management',
    terms: ['secret rotation', 'vault lease', 'least privilege', 'encryption at rest', 'access policy', 'audit log'],
    unit: 'secrets',
    samples: [
      { lang: 'hcl', code: 'path "secret/data/payments/*" {\n  capabilities = ["read"]\n}\n\npath "secret/data/payments/admin" {\n  capabilities = ["deny"]\n}' },
      { lang: 'bash', code: 'vault kv get -field=api_key secret/payments/stripe' },
    ],
  },
  {
    name: 'capacity planning',
    terms: ['headroom', 'peak load', 'utilisation', 'saturation point', 'growth forecast', 'load test'],
    unit: 'servers',
    samples: [
      { lang: 'python', code: 'def servers_needed(peak_rps, rps_per_server, headroom=0.3):\n    return math.ceil(peak_rps * (1 + headroom) / rps_per_server)' },
    ],
  },
  {
    name: 'incident response',
    terms: ['incident commander', 'severity level', 'status page', 'blameless review', 'timeline', 'mitigation'],
    unit: 'pages per week',
    samples: [
      { lang: 'markdown', code: '## Timeline (UTC)\n\n- 14:02 Alert fires: checkout error rate above 5%\n- 14:05 Incident declared, severity 2\n- 14:11 Rollback of release 1.42.0 started\n- 14:19 Error rate back under 0.1%' },
    ],
  },
  {
    name: 'content delivery networks',
    terms: ['edge location', 'cache purge', 'origin pull', 'time to first byte', 'geo routing', 'edge function'],
    unit: 'cache misses per second',
    samples: [
      { lang: 'js', code: "export default {\n  async fetch(request, env) {\n    const url = new URL(request.url);\n    if (url.pathname.startsWith('/api/')) return fetch(request);\n    return env.ASSETS.fetch(request);\n  },\n};" },
    ],
  },
  {
    name: 'schema migrations',
    terms: ['expand and contract', 'backfill', 'online migration', 'lock timeout', 'migration version', 'dual write'],
    unit: 'rows per second',
    samples: [
      { lang: 'sql', code: 'ALTER TABLE users ADD COLUMN email_normalised text;\n\nUPDATE users SET email_normalised = lower(email)\nWHERE id BETWEEN 1 AND 10000;' },
      { lang: 'ts', code: "export async function up(db: Db) {\n  await db.schema.alterTable('users', (t) => t.text('email_normalised'));\n}" },
    ],
  },
  {
    name: 'autoscaling',
    terms: ['scale-out threshold', 'cooldown period', 'target tracking', 'minimum capacity', 'scale-in protection', 'warm pool'],
    unit: 'instances',
    samples: [
      { lang: 'yaml', code: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  minReplicas: 2\n  maxReplicas: 12\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: { type: Utilization, averageUtilization: 70 }' },
    ],
  },
  {
    name: 'DNS',
    terms: ['TTL', 'CNAME record', 'resolver', 'zone apex', 'negative caching', 'propagation'],
    unit: 'queries per second',
    samples: [
      { lang: 'bash', code: 'dig +noall +answer www.example.org CNAME\ndig +trace example.org A' },
      { lang: 'text', code: 'www.example.org.   300   IN   CNAME   example.cdn.net.\nexample.org.       3600  IN   A       203.0.113.10' },
    ],
  },
  {
    name: 'circuit breakers',
    terms: ['open state', 'half-open state', 'failure threshold', 'fallback', 'timeout budget', 'bulkhead'],
    unit: 'open circuits',
    samples: [
      { lang: 'rust', code: 'match breaker.call(|| client.get(url)) {\n    Ok(body) => render(body),\n    Err(BreakerError::Open) => render_cached(),\n    Err(BreakerError::Inner(e)) => return Err(e.into()),\n}' },
    ],
  },
];

/** Verbs and qualifiers that vary sentences without changing their shape. */
export const VERBS = ['reduces', 'shapes', 'limits', 'exposes', 'hides', 'changes', 'protects', 'complicates', 'simplifies', 'determines'] as const;
export const QUALITIES = ['latency', 'cost', 'reliability', 'throughput', 'recovery time', 'operational load', 'blast radius', 'observability'] as const;
export const ACTORS = ['the on-call engineer', 'a new team member', 'the platform team', 'an auditor', 'the product owner', 'a reviewer'] as const;
export const SITUATIONS = [
  'during a traffic spike',
  'after a failed deployment',
  'when a dependency slows down',
  'at the end of a quarter',
  'while a region is degraded',
  'in the middle of a migration',
  'on a quiet Sunday morning',
  'after a configuration change',
] as const;
