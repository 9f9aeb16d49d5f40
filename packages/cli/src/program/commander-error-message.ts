import type { LocalizedMessage } from '@chiase/schema';
import { MESSAGES } from '../messages/cli-messages';

/** The first quoted name in a commander message, e.g. `'--kind <artefact>'`. */
function quoted(message: string): string {
  return /'[^']*'/.exec(message)?.[0] ?? '';
}

/**
 * Commander's parse error (English only) as a message in both languages. Commander's suggestion
 * ("Did you mean validate?") is kept.
 */
export function commanderErrorMessage(code: string, message: string): LocalizedMessage {
  const text = message.replace(/^error:\s*/, '').trim();
  let detail: LocalizedMessage;
  switch (code) {
    case 'commander.unknownOption':
      detail = MESSAGES.unknownOption(quoted(text));
      break;
    case 'commander.unknownCommand':
      detail = MESSAGES.unknownCommand(quoted(text));
      break;
    case 'commander.missingArgument':
      detail = MESSAGES.missingArgument(quoted(text));
      break;
    case 'commander.optionMissingArgument':
      detail = MESSAGES.optionMissingValue(quoted(text));
      break;
    case 'commander.missingMandatoryOptionValue':
      detail = MESSAGES.missingOption(quoted(text));
      break;
    case 'commander.excessArguments':
      detail = MESSAGES.excessArguments;
      break;
    default:
      detail = { vi: text, en: text };
  }
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text)?.[1];
  if (suggestion !== undefined && code !== 'commander.excessArguments') {
    detail = {
      vi: `${detail.vi} (có phải ${suggestion}?)`,
      en: `${detail.en} (did you mean ${suggestion}?)`,
    };
  }
  return MESSAGES.usageError(detail);
}
