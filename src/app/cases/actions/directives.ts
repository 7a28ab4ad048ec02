import { directive } from '../directive.ts';

export const directContinue = directive('direct_continue', 'continuation_directed', {
  vi: 'Chỉ đạo tiếp tục thực hiện',
  en: 'Direct to continue',
});
export const suspendImplementation = directive('suspend', 'suspended', { vi: 'Tạm dừng thực hiện', en: 'Suspend' });
export const resumeImplementation = directive('resume', 'resumed', { vi: 'Cho tiếp tục sau tạm dừng', en: 'Resume' });
export const terminateImplementation = directive('terminate', 'terminated', { vi: 'Dừng thực hiện', en: 'Terminate' });
