import { screen, waitFor } from '@testing-library/react';
import { DepartmentOptionsDocument, UserGroupOptionsDocument } from '../../../gql/graphql';
import { MAX_PAGE_SIZE } from '../../../lib/use-all-pages';
import { renderWithApp } from '../../../test/render';
import { useEmployeeOptions } from './use-employee-options';

/** One page of departments `from`..`to`, as the server returns it. */
function departmentsPage(from: number, to: number, next: string | null) {
  const nodes = Array.from({ length: to - from + 1 }, (_, i) => ({ __typename: 'Department', id: `d${from + i}`, name: `Department ${from + i}` }));
  return {
    data: {
      departments: {
        __typename: 'DepartmentConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next ?? `end-${to}` },
        edges: nodes.map((node) => ({ __typename: 'DepartmentEdge', node })),
      },
    },
  };
}

function Options() {
  const { departments, loading } = useEmployeeOptions();
  return (
    <p>
      {loading ? 'loading' : 'done'}: {departments.length} departments, last {departments.at(-1)?.name ?? 'none'}
    </p>
  );
}

describe('useEmployeeOptions', () => {
  it('pages through every department, MAX_PAGE_SIZE at a time, until there is no next page', async () => {
    const pages = [
      jest.fn(() => departmentsPage(1, MAX_PAGE_SIZE, 'c1')),
      jest.fn(() => departmentsPage(MAX_PAGE_SIZE + 1, 2 * MAX_PAGE_SIZE, 'c2')),
      jest.fn(() => departmentsPage(2 * MAX_PAGE_SIZE + 1, 2 * MAX_PAGE_SIZE + 3, null)),
    ];
    const groups = {
      data: { userGroups: { __typename: 'UserGroupConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } },
    };
    const mocks = [
      { request: { query: DepartmentOptionsDocument, variables: { first: MAX_PAGE_SIZE } }, result: pages[0] },
      { request: { query: DepartmentOptionsDocument, variables: { first: MAX_PAGE_SIZE, after: 'c1' } }, result: pages[1] },
      { request: { query: DepartmentOptionsDocument, variables: { first: MAX_PAGE_SIZE, after: 'c2' } }, result: pages[2] },
      { request: { query: UserGroupOptionsDocument, variables: { first: MAX_PAGE_SIZE } }, result: groups },
    ];
    renderWithApp(<Options />, { mocks });

    const total = 2 * MAX_PAGE_SIZE + 3;
    expect(await screen.findByText(`done: ${total} departments, last Department ${total}`)).toBeInTheDocument();
    await waitFor(() => pages.forEach((page) => expect(page).toHaveBeenCalledTimes(1)));
  });
});
