// Runs the refund-desk command in this process and reports its peak resident memory on stderr (for pnpm bench).
import { main } from '../../packages/cli/dist/main.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`peakRssBytes=${process.resourceUsage().maxRSS * 1024}\n`);
process.exitCode = code;
