/* Whether an instance can serve: for a load balancer's health check, a monitor, or a deploy script waiting for it. */
import { Type, type Static } from '@sinclair/typebox';
import { routesOf } from './routesOf.ts';

const healthRoute = routesOf('health');

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    databaseMs: Type.Number({ description: 'How long the database took to answer the check, in milliseconds' }),
  },
  { title: 'Health' },
);

export const getHealth = healthRoute('GET', '/api/health',
  'Whether this instance can serve: 200 once its database answered a query within 2 s, else 503 TOOLBOX_UNAVAILABLE (a load balancer takes the instance out). No sign-in; not logged, not rate limited, never cached',
  {},
  { 200: HealthSchema },
);

export type Health = Static<typeof HealthSchema>;
