// `node --import tsx host/test/support/buildFixturesCli.ts`: builds the fixtures and prints where.
import { buildFixtures } from './buildFixtures.ts';

const started = Date.now();
const { bundlesRoot, fixtures } = await buildFixtures();
console.log(bundlesRoot, [...fixtures.keys()].join(', '), `${Date.now() - started} ms`);
