import { useTerms } from '../lib/reference.js';

export function StatusBadge({ status }: { status: string }) {
  const { label } = useTerms();
  return (
    <span className="status-badge" data-status={status}>
      {label('project_status', status)}
    </span>
  );
}
