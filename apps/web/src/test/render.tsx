import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

export interface RenderOptions {
  readonly mocks?: readonly MockLink.MockedResponse[];
  /** Routes to mount; defaults to `element` at `path`. */
  readonly routes?: RouteObject[];
  readonly path?: string;
  readonly url?: string;
}

/** Render inside Mantine, Apollo's MockedProvider (the network edge) and an in-memory router. */
export function renderWithApp(element: ReactNode, { mocks = [], routes, path = '/', url = path }: RenderOptions = {}) {
  const router = createMemoryRouter(routes ?? [{ path, element }], { initialEntries: [url] });
  const view = render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...view, router };
}
