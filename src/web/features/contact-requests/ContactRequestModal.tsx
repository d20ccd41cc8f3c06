import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { propertiesQuery } from '../properties/properties.queries.ts';
import { type ContactRequestBody, type ContactRequestReceipt, sendContactRequest } from './contactRequests.queries.ts';

const SUBJECT_MAX = 150;
const MESSAGE_MIN = 10;
const MESSAGE_MAX = 5000;

type Field = 'subject' | 'message' | 'replyChannel' | 'property';
type Errors = Partial<Record<Field, string>>;

/** "Une question ? Contacter un conseiller": subject, message, how to be answered, and the property if any. */
export function ContactRequestModal({ me, onClose }: { me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [replyChannel, setReplyChannel] = useState<ContactRequestBody['replyChannel']>(me.email ? 'email' : 'telephone');
  const [property, setProperty] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const properties = useQuery(propertiesQuery);
  const send = useMutation({
    mutationFn: sendContactRequest,
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const next: Errors = {};
      for (const problem of error.details?.fields ?? []) {
        const field = problem.field === 'lotId' || problem.field === 'unitId' ? 'property' : problem.field;
        if (field === 'subject' || field === 'message' || field === 'replyChannel' || field === 'property')
          next[field] = problem.message;
      }
      setErrors(next);
    },
  });

  const propertyOptions = [
    ...(properties.data?.coOwnership ?? []).flatMap((group) =>
      group.lots.map((lot) => ({
        value: `lot:${lot.id}`,
        label: t('contactRequests.form.lotOption', { number: lot.number, condominium: group.condominium.name }),
      })),
    ),
    ...(properties.data?.managed ?? []).map((unit) => ({
      value: `unit:${unit.id}`,
      label: t('contactRequests.form.unitOption', { reference: unit.reference, place: unit.addressLine1 ?? unit.city ?? '' }),
    })),
    ...(properties.data?.rented ?? []).map((unit) => ({
      value: `unit:${unit.id}`,
      label: t('contactRequests.form.unitOption', { reference: unit.reference, place: unit.addressLine1 ?? unit.city ?? '' }),
    })),
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (subject.trim() === '') found.subject = t('contactRequests.form.subjectRequired');
    if (message.trim().length < MESSAGE_MIN) found.message = t('contactRequests.form.messageTooShort', { min: MESSAGE_MIN });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const [kind, id] = property?.split(':') ?? [];
    send.mutate({
      subject: subject.trim(),
      message: message.trim(),
      replyChannel,
      ...(kind === 'lot' && id ? { lotId: id } : {}),
      ...(kind === 'unit' && id ? { unitId: id } : {}),
    });
  };

  const fieldErrorShown = Object.keys(errors).length > 0;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('contactRequests.form.title')}
      closeButtonProps={{ 'aria-label': t('contactRequests.form.close') }}
      size="lg"
      centered
    >
      {send.data ? (
        <Confirmation receipt={send.data} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text fz="sm">{t('contactRequests.form.intro')}</Text>
            {send.error && !fieldErrorShown && (
              <Alert color="red" role="alert">
                {send.error.message}
              </Alert>
            )}
            <TextInput
              label={t('contactRequests.form.subject')}
              value={subject}
              maxLength={SUBJECT_MAX}
              required
              data-autofocus
              error={errors.subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
            />
            <Textarea
              label={t('contactRequests.form.message')}
              description={t('contactRequests.form.messageHint', { min: MESSAGE_MIN })}
              value={message}
              maxLength={MESSAGE_MAX}
              autosize
              minRows={5}
              maxRows={12}
              required
              error={errors.message}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            {propertyOptions.length > 1 && (
              <Select
                label={t('contactRequests.form.property')}
                placeholder={t('contactRequests.form.propertyNone')}
                data={propertyOptions}
                value={property}
                onChange={setProperty}
                clearable
                searchable
                error={errors.property}
                comboboxProps={{ withinPortal: false }}
              />
            )}
            <Radio.Group
              label={t('contactRequests.form.replyChannel')}
              value={replyChannel}
              onChange={(value) => setReplyChannel(value === 'telephone' ? 'telephone' : 'email')}
              error={errors.replyChannel}
            >
              <Group gap="lg" mt="xs">
                <Radio value="email" label={t('contactRequests.channel.email')} />
                <Radio value="telephone" label={t('contactRequests.channel.telephone')} />
              </Group>
            </Radio.Group>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('contactRequests.form.cancel')}
              </Button>
              <Button type="submit" loading={send.isPending}>
                {t('contactRequests.form.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function Confirmation({ receipt, onClose }: { receipt: ContactRequestReceipt; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" title={t('contactRequests.sent.title')}>
        {receipt.managerName
          ? t('contactRequests.sent.toManager', { name: receipt.managerName })
          : t('contactRequests.sent.toAgency', { agency: receipt.agencyName })}
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('contactRequests.sent.close')}
        </Button>
      </Group>
    </Stack>
  );
}
