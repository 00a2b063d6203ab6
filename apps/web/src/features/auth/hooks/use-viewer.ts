import { useQuery } from '@apollo/client/react';
import { MeDocument, type ViewerFieldsFragment } from '../../../gql/graphql';

export interface ViewerState {
  readonly viewer: ViewerFieldsFragment | null;
  readonly loading: boolean;
  readonly refetch: () => Promise<unknown>;
}

/** Who is logged in (null when nobody is), from the cache after the first load. */
export function useViewer(): ViewerState {
  const { data, loading, refetch } = useQuery(MeDocument);
  return { viewer: data?.me ?? null, loading, refetch };
}
