import type { CaseDetail } from '../api/types';

export interface ActionFormProps {
  c: CaseDetail;
  action: string;
  onDone(): void;
}
