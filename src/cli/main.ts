/** Entry point of `npm run rollup` and the package's bin. */
import { runCli } from './run';

void runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
  process.exitCode = code;
});
