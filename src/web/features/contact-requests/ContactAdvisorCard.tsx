import { Button, Card, Text, Title } from '@mantine/core';
import { IconMessageQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types.ts';
import { ContactRequestModal } from './ContactRequestModal.tsx';

/** "Une question ? Contacter un conseiller": the home card that opens the contact form. */
export function ContactAdvisorCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card component="section" aria-labelledby="contact-advisor-title">
      <Title order={2} fz="h3" id="contact-advisor-title">
        {t('contactRequests.card.title')}
      </Title>
      <Text c="dimmed" fz="sm" mt={4} mb="md">
        {t('contactRequests.card.text')}
      </Text>
      <Button leftSection={<IconMessageQuestion size={18} aria-hidden />} onClick={() => setOpen(true)} w="fit-content">
        {t('contactRequests.card.button')}
      </Button>
      {open && <ContactRequestModal me={me} onClose={() => setOpen(false)} />}
    </Card>
  );
}
