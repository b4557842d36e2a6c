#!/usr/bin/env node
// The CLI is written in TypeScript; tsx lets it run without a separate compile step on Node 20.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/node/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
