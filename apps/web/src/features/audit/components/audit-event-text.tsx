import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import { auditDetails, auditSentence, type Segment } from '../audit-sentence';

function Segments({ segments }: { readonly segments: readonly Segment[] }) {
  return segments.map((s, i) =>
    s.to ? (
      <Anchor key={i} component={Link} to={s.to} inherit>
        {s.text}
      </Anchor>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}

/** An event as a sentence with linked names. */
export function AuditSentence({ event }: { readonly event: AuditEventFieldsFragment }) {
  return (
    <Text size="sm">
      <Segments segments={auditSentence(event)} />.
    </Text>
  );
}

/** The event's before → after, one labelled line each. */
export function AuditDiff({ event }: { readonly event: AuditEventFieldsFragment }) {
  const lines = auditDetails(event);
  if (lines.length === 0) return null;
  return (
    <div aria-label="Changes">
      {lines.map((line) => (
        <Text key={line.label} size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
          <Text span fw={600} inherit>
            {line.label}:
          </Text>{' '}
          {line.from && (
            <>
              <Text span td="line-through" inherit>
                <Segments segments={line.from} />
              </Text>
              {' → '}
            </>
          )}
          <Segments segments={line.to} />
        </Text>
      ))}
    </div>
  );
}
