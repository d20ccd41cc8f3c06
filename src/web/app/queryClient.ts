import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from '../api/client.ts';

type SessionLostHandler = () => void;
let onSessionLost: SessionLostHandler = () => {};

/** The router registers here what to do when the API says the session is over. */
export function handleSessionLost(handler: SessionLostHandler) {
  onSessionLost = handler;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      // The first /api/me of a visit is answered by the route guard (redirect to /connexion);
      // any later 401 means the session expired while the person was using the app.
      const firstSessionCheck = query.queryKey[0] === 'me' && query.state.data === undefined;
      if (isUnauthenticated(error) && !firstSessionCheck) onSessionLost();
    },
  }),
  defaultOptions: {
    queries: {
      // Only a server or network hiccup deserves another try; a 4xx answer will not change.
      retry: (failureCount, error) =>
        error instanceof ApiError && (error.status === 0 || error.status >= 500) && failureCount < 2,
    },
  },
});
