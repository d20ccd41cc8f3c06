import { useSuspenseQuery } from '@tanstack/react-query';
import { meQuery } from '../../api/queries.ts';
import { ClientHome } from './ClientHome.tsx';
import { StaffHome } from './StaffHome.tsx';

export function HomePage() {
  const { data: me } = useSuspenseQuery(meQuery);
  return me.kind === 'staff' ? <StaffHome me={me} /> : <ClientHome me={me} />;
}
