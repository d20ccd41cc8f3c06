import { Alert, Button, Group, PinInput, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { SentCode } from './directDebit.queries.ts';

/** Codes that no longer work at all: only a new request (a new summary) gets a new code. */
const DEAD_CODES = new Set(['SMS_CODE_EXPIRED', 'SMS_CHALLENGE_EXHAUSTED', 'SMS_CHALLENGE_USED', 'SMS_SEND_LIMIT']);

export const isDeadCode = (error: unknown) => error instanceof ApiError && DEAD_CODES.has(error.code);

interface Props {
  sent: SentCode;
  value: string;
  onChange: (value: string) => void;
  /** The server's answer to the last code tried (wrong code with the tries left, expired…), in French. */
  error: Error | null;
  /** Asks the server for a new code on the same request; gives back where and until when. */
  resend: (challengeId: string) => Promise<SentCode>;
  onResent: (sent: SentCode) => void;
  /** Starts the request again when the code can no longer serve (expired, too many tries). */
  onRestart?: () => void;
  restarting?: boolean;
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The 4-digit code sent by SMS (signature of a mandate, new bank details): the countdown of its 10 minutes,
 * "Renvoyer le code" once the server allows it, and the server's refusals as it words them.
 */
export function SmsCodeField({ sent, value, onChange, error, resend, onResent, onRestart, restarting }: Props) {
  const { t } = useTranslation();
  const promptId = useId();
  const now = useNow();
  const [resentTo, setResentTo] = useState<string | null>(null);
  const again = useMutation({
    mutationFn: () => resend(sent.challengeId),
    onSuccess: (next) => {
      setResentTo(next.sentTo);
      onChange('');
      onResent(next);
    },
  });
  const secondsLeft = Math.max(0, Math.ceil((Date.parse(sent.expiresAt) - now) / 1000));
  const expired = secondsLeft === 0;
  const canResend = now >= Date.parse(sent.resendAfter) && !expired;
  // Screen readers hear the minutes, not every second.
  const minutesLeft = Math.ceil(secondsLeft / 60);
  const dead = expired || isDeadCode(error);
  const shownError = error ?? again.error;

  return (
    <Stack gap="sm">
      <Text id={promptId} fw={600}>
        {t('directDebit.code.prompt', { phone: sent.sentTo })}
      </Text>
      <PinInput
        length={4}
        type="number"
        oneTimeCode
        autoFocus
        value={value}
        onChange={onChange}
        error={Boolean(error)}
        disabled={dead}
        aria-labelledby={promptId}
        getInputProps={(index) => ({ 'aria-label': t('directDebit.code.digit', { position: index + 1 }) })}
      />
      <Text fz="sm" c={expired ? 'red.9' : 'dimmed'} aria-hidden>
        {expired
          ? t('directDebit.code.expired')
          : t('directDebit.code.countdown', { time: `${Math.floor(secondsLeft / 60)}:${twoDigits(secondsLeft % 60)}` })}
      </Text>
      <VisuallyHidden aria-live="polite">
        {expired ? t('directDebit.code.expired') : t('directDebit.code.minutesLeft', { count: minutesLeft })}
      </VisuallyHidden>
      <div aria-live="assertive">
        {shownError ? (
          <Alert color="red" role="alert">
            {shownError.message}
          </Alert>
        ) : null}
      </div>
      {resentTo && !shownError ? (
        <Text fz="sm" role="status">
          {t('directDebit.code.resent', { phone: resentTo })}
        </Text>
      ) : null}
      <Group gap="sm">
        {dead && onRestart ? (
          <Button variant="light" onClick={onRestart} loading={restarting} leftSection={<IconRefresh size={18} aria-hidden />}>
            {t('directDebit.code.restart')}
          </Button>
        ) : (
          <Button
            variant="subtle"
            onClick={() => again.mutate()}
            disabled={!canResend}
            loading={again.isPending}
            leftSection={<IconRefresh size={18} aria-hidden />}
          >
            {t('directDebit.code.resend')}
          </Button>
        )}
        {!canResend && !dead ? (
          <Text fz="sm" c="dimmed">
            {t('directDebit.code.resendWait')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
