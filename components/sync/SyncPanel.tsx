/** The Sync section wired to its state (use-sync.ts). */
import type { SyncServices } from '../../lib/platform/ui/service-types.ts';
import { SyncSection } from './SyncSection.tsx';
import { useSync } from './use-sync.ts';

export function SyncPanel({ services }: { services: SyncServices }) {
  return <SyncSection {...useSync(services)} />;
}
