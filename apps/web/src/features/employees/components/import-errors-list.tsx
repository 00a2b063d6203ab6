import { useQuery } from '@apollo/client/react';
import { Alert, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { EmployeeImportErrorsDocument } from '../../../gql/graphql';
import { appendEdges } from '../../../lib/connection';
import { LoadMoreFooter } from '../../../ui/load-more-footer';
import { useNarrow } from '../../../ui/use-narrow';

const PAGE = 50;
/** The filter value for problems of a whole row or of the file (their column is empty). */
const WHOLE_ROW = '__row';

export interface ImportErrorsListProps {
  readonly jobId: string;
  /** Column keys and headers the file has, for the column filter. */
  readonly columns: readonly { key: string; header: string }[];
}

/** The problems of an import in row order, filterable by column, loaded 50 at a time. */
export function ImportErrorsList({ jobId, columns }: ImportErrorsListProps) {
  const narrow = useNarrow();
  const [column, setColumn] = useState('');
  const filter = column === '' ? null : { column: column === WHOLE_ROW ? '' : column };
  const variables = { id: jobId, first: PAGE, filter };
  const { data, error, fetchMore } = useQuery(EmployeeImportErrorsDocument, { variables });
  const connection = data?.employeeImport?.errors;
  const problems = connection?.edges.map((e) => e.node) ?? [];
  const options = [{ value: '', label: 'All columns' }, { value: WHOLE_ROW, label: 'Whole row or file' }, ...columns.map((c) => ({ value: c.key, label: c.header }))];

  return (
    <Stack gap="xs">
      <NativeSelect label="Show problems of" data={options} value={column} onChange={(e) => setColumn(e.currentTarget.value)} w={narrow ? '100%' : 260} />
      {error && <Alert color="red">Could not load the problems.</Alert>}
      {narrow ? (
        <Stack gap={6} aria-label="Problems">
          {problems.map((p, i) => (
            <Text key={`${p.rowNumber}-${i}`} size="sm">
              <Text span fw={600}>
                Row {p.rowNumber}
                {p.columnHeader ? `, ${p.columnHeader}` : ''}:
              </Text>{' '}
              {p.message}
            </Text>
          ))}
        </Stack>
      ) : (
        <Table striped aria-label="Problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th w={180}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={`${p.rowNumber}-${i}`}>
                <Table.Td>{p.rowNumber}</Table.Td>
                <Table.Td>{p.columnHeader || '—'}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {connection && (
        <LoadMoreFooter
          shown={problems.length}
          total={connection.totalCount}
          emptyText="No problems in this column."
          noun="problems"
          hasMore={connection.pageInfo.hasNextPage}
          onLoadMore={() =>
            void fetchMore({
              variables: { ...variables, after: connection.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => {
                const before = prev.employeeImport;
                const more = fetchMoreResult.employeeImport;
                if (!before || !more) return prev;
                return { employeeImport: { ...before, errors: appendEdges(before.errors, more.errors) } };
              },
            })
          }
        />
      )}
    </Stack>
  );
}
