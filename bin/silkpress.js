#!/usr/bin/env node
// Entry point of the `silkpress` command: loads the TypeScript sources through tsx, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/program.ts');
await runCli(process.argv);
