import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { UserGroupDocument, type UserGroupFieldsFragment } from '../../../gql/graphql';

export interface RouteGroup {
  /** The route names no group (e.g. `new`). */
  readonly none: boolean;
  readonly loading: boolean;
  readonly group: UserGroupFieldsFragment | null;
}

/** The user group named by the `:groupId` route parameter, loaded by id. */
export function useRouteGroup(): RouteGroup {
  const { groupId } = useParams();
  const { data, loading } = useQuery(UserGroupDocument, { variables: { id: groupId ?? '' }, skip: !groupId });
  return { none: !groupId, loading, group: data?.userGroup ?? null };
}
