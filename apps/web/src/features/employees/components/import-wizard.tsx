import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { EMPLOYEE_CSV_COLUMNS } from '@gatehouse/contracts';
import { Alert, Anchor, Button, Checkbox, FileInput, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  ApplyEmployeeImportDocument,
  EmployeeImportDocument,
  EmployeeImportState,
  LatestEmployeeImportDocument,
  type EmployeeImportFieldsFragment,
} from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { EMPLOYEE_CSV_URLS, uploadEmployeeCsv } from '../hooks/employee-csv-urls';
import { ImportErrorsList } from './import-errors-list';

/** How often a running apply is polled. */
const POLL_MS = 500;

/** "1 department", "3 groups": a count with its noun in the right number. */
const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${n === 1 ? noun : `${noun}s`}`;
const rows = (n: number) => count(n, 'row');

function Figure({ label, value }: { readonly label: string; readonly value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700}>
        {value.toLocaleString('en')}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** Step 1: choose the file, whether missing departments and groups are created, and whether new people are invited. */
function UploadStep({ onUploaded }: { readonly onUploaded: (jobId: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [createMissing, setCreateMissing] = useState(false);
  const [sendInvites, setSendInvites] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const result = await uploadEmployeeCsv(file, { createMissing, sendInvites });
    setBusy(false);
    if (result.ok) onUploaded(result.jobId);
    else setProblem(result.message);
  };
  return (
    <Stack>
      <Text size="sm">
        One row per person, keyed by email: new emails are added, known people change only in the columns the file has. Start
        from the <Anchor href={EMPLOYEE_CSV_URLS.template}>CSV template</Anchor> or an export of the list. Nothing changes until
        you apply the previewed file.
      </Text>
      <FileInput label="CSV file (UTF-8)" placeholder="Choose a .csv file" accept=".csv,text/csv" value={file} onChange={setFile} clearable />
      <Checkbox label="Create departments and groups the file names that do not exist yet" checked={createMissing} onChange={(e) => setCreateMissing(e.currentTarget.checked)} />
      <Checkbox
        label="Send invites to the new people"
        description="Each new active person gets an email with a link to set their password."
        checked={sendInvites}
        onChange={(e) => setSendInvites(e.currentTarget.checked)}
      />
      {problem && (
        <Alert color="red" title="The file was not accepted">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={() => void upload()} disabled={!file} loading={busy}>
          Upload and preview
        </Button>
      </Group>
    </Stack>
  );
}

/** Steps 2 to 4 for one job: preview with problems, apply, progress, result. */
function JobStep({ job, onNewFile, onDone }: { readonly job: EmployeeImportFieldsFragment; readonly onNewFile: () => void; readonly onDone: () => void }) {
  const [applyJob, { loading: starting }] = useMutation(ApplyEmployeeImportDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  const columns = EMPLOYEE_CSV_COLUMNS.filter((c) => job.columns.includes(c.key)).map((c) => ({ key: c.key, header: c.header }));
  const apply = async () => {
    setRefusal(null);
    const { data } = await applyJob({ variables: { input: { jobId: job.id } } });
    const errors = data?.applyEmployeeImport.userErrors ?? [];
    if (errors.length > 0) setRefusal(errors.map((e) => e.message).join(' '));
  };
  const percent = job.progressTotal === 0 ? 100 : Math.round((job.progressDone / job.progressTotal) * 100);
  const changes = job.creates + job.updates;
  const done = job.state === EmployeeImportState.Applied;

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {job.fileName}: {rows(job.totalRows)}
      </Text>
      {job.state !== EmployeeImportState.Rejected && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={done ? 'added' : 'to add'} value={job.creates} />
          <Figure label={done ? 'updated' : 'to update'} value={job.updates} />
          <Figure label="unchanged" value={job.unchanged} />
          <Figure label="rows with problems" value={job.errorRows} />
        </SimpleGrid>
      )}
      {job.newDepartments + job.newGroups > 0 && job.state === EmployeeImportState.Ready && (
        <Text size="sm">
          Applying creates {count(job.newDepartments, 'department')} and {count(job.newGroups, 'group')}.
        </Text>
      )}
      {job.state === EmployeeImportState.Rejected && (
        <Alert color="red" title="The file could not be read">
          {job.message}
        </Alert>
      )}
      {job.state === EmployeeImportState.Ready && job.errorRows > 0 && (
        <Alert color="orange" title={job.errorRows === 1 ? '1 row has a problem' : `${rows(job.errorRows)} have problems`}>
          Nothing is applied while any row has a problem. Fix these rows in the file and upload it again.
        </Alert>
      )}
      {job.state === EmployeeImportState.Applying && (
        <Stack gap={4}>
          <Text size="sm">Applying… {job.progressDone.toLocaleString('en')} of {job.progressTotal.toLocaleString('en')} rows</Text>
          <Progress value={percent} aria-label="Import progress" animated />
        </Stack>
      )}
      {job.state === EmployeeImportState.Applied && (
        <Alert color="green" title="Import applied">
          {changes === 0 ? 'Nothing needed to change.' : `Added ${job.creates.toLocaleString('en')} and updated ${job.updates.toLocaleString('en')} people.`}
          <Progress value={100} aria-label="Import progress" mt="xs" />
        </Alert>
      )}
      {job.state === EmployeeImportState.Ready && job.errorRows === 0 && job.sendInvites && job.creates > 0 && (
        <Text size="sm">Applying sends an invitation email to each new active person.</Text>
      )}
      {(job.state === EmployeeImportState.Failed || job.state === EmployeeImportState.Expired) && (
        <Alert color="red" title="The import was not applied">
          {job.message}
        </Alert>
      )}
      {refusal && <Alert color="red">{refusal}</Alert>}
      {(job.errorCount > 0 || job.state === EmployeeImportState.Rejected) && <ImportErrorsList jobId={job.id} columns={columns} />}
      <Group justify="flex-end">
        {job.state !== EmployeeImportState.Applying && (
          <Button variant="default" onClick={onNewFile}>
            {job.state === EmployeeImportState.Applied ? 'Import another file' : 'Upload a corrected file'}
          </Button>
        )}
        {job.state === EmployeeImportState.Ready && job.errorRows === 0 && (
          <Button onClick={() => void apply()} loading={starting} disabled={changes === 0}>
            Apply {changes.toLocaleString('en')} changes
          </Button>
        )}
        {job.state === EmployeeImportState.Applied && <Button onClick={onDone}>Show employees</Button>}
      </Group>
    </Stack>
  );
}

/**
 * The import wizard: upload → preview with problems → apply → progress → result. It opens on
 * the account's latest import, so leaving and coming back shows a running or finished one.
 */
export function ImportWizard({ onDone }: { readonly onDone: () => void }) {
  const latest = useQuery(LatestEmployeeImportDocument, { fetchPolicy: 'network-only' });
  const [jobId, setJobId] = useState<string | null>(null);
  const [fresh, setFresh] = useState(false);
  const shownId = jobId ?? (fresh ? null : (latest.data?.latestEmployeeImport?.id ?? null));
  const current = useQuery(EmployeeImportDocument, { variables: { id: shownId ?? '' }, skip: shownId === null, fetchPolicy: 'network-only' });
  const job = current.data?.employeeImport ?? null;
  const applying = job?.state === EmployeeImportState.Applying;
  const { startPolling, stopPolling } = current;
  useEffect(() => {
    if (applying) startPolling(POLL_MS);
    else stopPolling();
    return stopPolling;
  }, [applying, startPolling, stopPolling]);
  // Once applied, the list behind the drawer (and the department and group lists) show the new people.
  const client = useApolloClient();
  const applied = job?.state === EmployeeImportState.Applied;
  useEffect(() => {
    if (applied) void client.refetchQueries({ include: ['Employees', 'Departments', 'UserGroups'] });
  }, [applied, client]);

  if (latest.loading || (shownId !== null && !job && current.loading)) return <PageLoader label="Loading the import" />;
  if (shownId === null || !job) return <UploadStep onUploaded={setJobId} />;
  return (
    <JobStep
      job={job}
      onNewFile={() => {
        setJobId(null);
        setFresh(true);
      }}
      onDone={onDone}
    />
  );
}
