import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { GroupPickerModal } from './group-picker-modal';

const named = (names: readonly string[]) => names.map((name, i) => ({ id: `g${i + 1}`, name, description: null }));

describe('GroupPickerModal', () => {
  it('shows no search box for up to 8 groups', async () => {
    const groups = named(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    renderWithApp(<GroupPickerModal groups={groups} selected={[]} onDone={jest.fn()} onClose={jest.fn()} />);
    await screen.findByRole('dialog', { name: 'Manage groups' });
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    expect(screen.queryByRole('textbox', { name: 'Search groups' })).not.toBeInTheDocument();
  });

  it('with more than 8 groups, narrows the list by name and keeps ticks the search hides', async () => {
    const groups = named(['Stewards', 'First aid', 'Bar', 'Kitchen', 'Gate', 'Security', 'Cleaners', 'Drivers', 'First response']);
    const onDone = jest.fn();
    renderWithApp(<GroupPickerModal groups={groups} selected={['g3']} onDone={onDone} onClose={jest.fn()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Manage groups' });

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Search groups' }), 'first');
    expect(within(dialog).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['g2', 'g9']);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'First aid' }));

    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Search groups' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Search groups' }), 'zzz');
    expect(within(dialog).getByText('No group matches “zzz”.')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledWith(['g3', 'g2']);
  });
});
