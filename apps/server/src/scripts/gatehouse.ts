import 'reflect-metadata';
import { OPERATOR_COMMANDS, type OperatorCommand } from './commands';
import { runCli, say } from './cli';

const NAME = 'gatehouse';

function listing(): string {
  const lines = OPERATOR_COMMANDS.map((c) => `  pnpm gatehouse ${c.words.join(' ')}  ${c.summary}`);
  return ['usage: pnpm gatehouse <command> [options]', 'commands:', ...lines].join('\n');
}

/** The command whose words start argv; the longest match wins, so `a b` beats `a`. */
function commandFor(argv: readonly string[]): OperatorCommand | undefined {
  return OPERATOR_COMMANDS.filter((c) => c.words.every((w, i) => argv[i] === w)).sort((a, b) => b.words.length - a.words.length)[0];
}

const argv = process.argv.slice(2);
const command = commandFor(argv);
if (command === undefined) {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
    say(listing());
    process.exit(0);
  }
  process.stderr.write(`${NAME}: unknown command "${argv.join(' ')}"\n${listing()}\n`);
  process.exit(2);
} else {
  runCli(`${NAME} ${command.words.join(' ')}`, command.usage, () => {
    if (argv.includes('--help')) {
      say(command.usage);
      return Promise.resolve();
    }
    return command.run(argv.slice(command.words.length));
  });
}
