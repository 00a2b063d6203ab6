import { Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { BoxControl, ModuleControls } from './module-permission-controls';

function LevelBoxes({ heading, boxes }: { readonly heading: string; readonly boxes: ModuleControls['levels']['see'] }) {
  return (
    <div role="group" aria-label={heading}>
      <Text size="xs" fw={600} mb={4}>
        {heading}
      </Text>
      <Group gap={8}>
        {boxes.map((b) => (
          <Checkbox
            key={b.level}
            size="xs"
            label={String(b.level)}
            aria-label={b.label}
            title={b.title}
            checked={b.checked}
            disabled={b.disabled}
            onChange={(e) => b.onChange(e.currentTarget.checked)}
          />
        ))}
      </Group>
    </div>
  );
}

function Box({ text, control }: { readonly text: string; readonly control: BoxControl }) {
  return (
    <Checkbox
      label={text}
      aria-label={control.label}
      title={control.title}
      checked={control.checked}
      disabled={control.disabled}
      onChange={(e) => control.onChange(e.currentTarget.checked)}
    />
  );
}

/** One module's permission as a card, for screens too narrow for the matrix's columns: the same controls, with full labels. */
export function ModulePermissionCard({ controls }: { readonly controls: ModuleControls }) {
  const { name, access, moduleAdmin, seeScope, editScope, levels } = controls;
  return (
    <Paper withBorder p="sm" component="section" aria-label={name}>
      <Stack gap="xs">
        <Text fw={700}>{name}</Text>
        <Group gap="lg">
          <Box text="Access" control={access} />
          <Box text="Module admin" control={moduleAdmin} />
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          {[
            { text: 'See scope', control: seeScope },
            { text: 'Edit scope', control: editScope },
          ].map(({ text, control }) => (
            <NativeSelect
              key={text}
              size="xs"
              label={text}
              aria-label={control.label}
              title={control.title}
              data={control.data}
              value={control.value}
              disabled={control.disabled}
              onChange={(e) => control.onChange(e.currentTarget.value)}
            />
          ))}
        </SimpleGrid>
        <LevelBoxes heading="See levels" boxes={levels.see} />
        <LevelBoxes heading="Edit levels" boxes={levels.edit} />
      </Stack>
    </Paper>
  );
}
