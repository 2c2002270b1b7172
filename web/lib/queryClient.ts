import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.js';

/**
 * The app's one cache of server state. A refusal (4xx) is an answer, not a hiccup: it is shown at
 * once instead of being asked again; a lost connection or a server error is tried once more.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1,
    },
  },
});
