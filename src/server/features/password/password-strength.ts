import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';
import {
  checkLengthRule,
  PASSPHRASE_MIN_WORDS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../../domain/password-rules.ts';
import { AppError } from '../../platform/errors.ts';

/** zxcvbn's scale: 3 is "safely unguessable" (about 10^8 guesses at least, out of reach of online attacks). */
export const MIN_SCORE = 3;

// Built once, on first use: the French and common dictionaries (among them the most used passwords) take a
// moment to index. Levenshtein matching is left off: it multiplies the time per check for little gain.
let checker: ZxcvbnFactory | undefined;
const zxcvbn = () => {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: french.translations,
  });
  return checker;
};

export interface StrengthReport {
  /** Every rule met: the password would be accepted. */
  acceptable: boolean;
  length: number;
  words: number;
  /** At least 12 characters, or a passphrase of at least 4 words (and not beyond the maximum). */
  lengthRule: boolean;
  /** 0 to 4; null while the length rule is not met (not worth judging yet). */
  score: number | null;
  /** Not common, not built on the person's own names or identifiers, not a keyboard walk. */
  notGuessable: boolean;
  /** zxcvbn's advice, in French. */
  warning: string | null;
  suggestions: string[];
}

/**
 * Judges a password against the rules. `personal` holds what an attacker would try first for this person:
 * their names, identifiers and email, which zxcvbn treats as a dictionary of its own.
 */
export function assessPassword(password: string, personal: string[]): StrengthReport {
  const rule = checkLengthRule(password);
  if (!rule.satisfied) {
    return {
      acceptable: false,
      length: rule.length,
      words: rule.words,
      lengthRule: false,
      score: null,
      notGuessable: false,
      warning: null,
      suggestions: [],
    };
  }
  const result = zxcvbn().check(password, personalInputs(personal));
  const notGuessable = result.score >= MIN_SCORE;
  return {
    acceptable: notGuessable,
    length: rule.length,
    words: rule.words,
    lengthRule: true,
    score: result.score,
    notGuessable,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}

/** The server's last word before hashing: throws PASSWORD_TOO_WEAK naming the rule that is not met. */
export function assertAcceptablePassword(password: string, personal: string[]): void {
  const report = assessPassword(password, personal);
  if (report.acceptable) return;
  const message = !report.lengthRule
    ? report.length > PASSWORD_MAX_LENGTH
      ? `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`
      : `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères, ou être une phrase d'au moins ${PASSPHRASE_MIN_WORDS} mots.`
    : ['Ce mot de passe est trop facile à deviner (trop courant, ou construit sur vos noms ou identifiants).', report.warning]
        .filter(Boolean)
        .join(' ');
  throw new AppError('PASSWORD_TOO_WEAK', message, {
    fields: [{ field: 'password', message }],
    strength: report,
  });
}

/** Names, references and the email with its parts: "jean.durand@example.fr" also yields "jean", "durand". */
function personalInputs(values: string[]): string[] {
  const inputs = new Set<string>(['palier', 'espace client', 'mot de passe']);
  for (const value of values) {
    const trimmed = value.trim().toLowerCase();
    if (trimmed.length < 3) continue;
    inputs.add(trimmed);
    for (const part of trimmed.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) inputs.add(part);
  }
  return [...inputs];
}
