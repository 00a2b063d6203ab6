import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { TermsOfUseDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';

export interface TermsAcceptanceProps {
  readonly acceptedVersion: number | null;
  readonly acceptedAt: string | null;
}

/** Which version of the account's terms of use the person accepted and when, against the current one. */
export function TermsAcceptance({ acceptedVersion, acceptedAt }: TermsAcceptanceProps) {
  const { data } = useQuery(TermsOfUseDocument);
  const current = data?.termsOfUse.version;
  let text: string;
  if (acceptedVersion === null) text = 'Terms of use: not accepted yet.';
  else {
    text = `Terms of use: accepted version ${acceptedVersion} on ${formatDateTime(acceptedAt)}.`;
    if (current !== undefined && acceptedVersion < current) text += ` Version ${current} is current: they accept it at their next visit.`;
  }
  return (
    <Text size="sm" c="dimmed" mb="md">
      {text}
    </Text>
  );
}
