#!/usr/bin/env node
// Thin launcher: the command is compiled to dist by `pnpm install` (postinstall) or `pnpm build`.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
