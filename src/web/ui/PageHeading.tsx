import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps extends Omit<TitleProps, 'order'> {
  children: string;
}

/** The page's single <h1>; also names the browser tab, and receives focus after a navigation. */
export function PageHeading({ children, ...props }: PageHeadingProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: children });
  }, [children, t]);
  return (
    <Title order={1} tabIndex={-1} data-page-heading="" {...props}>
      {children}
    </Title>
  );
}
