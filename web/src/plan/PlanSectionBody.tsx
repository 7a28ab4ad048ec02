import type { PlanForm, PlanSection } from './plan-form';
import { ContentSection } from './sections/ContentSection';
import { FeasibilitySection } from './sections/FeasibilitySection';
import { GeneralSection } from './sections/GeneralSection';
import { LegalSection } from './sections/LegalSection';
import { NecessitySection } from './sections/NecessitySection';
import { OptionsSection } from './sections/OptionsSection';
import { ResourcesSection } from './sections/ResourcesSection';
import { ResultsSection } from './sections/ResultsSection';
import { RisksSection } from './sections/RisksSection';
import { ScopeSection } from './sections/ScopeSection';
import { TimelineSection } from './sections/TimelineSection';

export function PlanSectionBody({
  section,
  form,
  showUrgent,
}: {
  section: PlanSection;
  form: PlanForm;
  showUrgent: boolean;
}) {
  switch (section) {
    case 'general':
      return <GeneralSection form={form} showUrgent={showUrgent} />;
    case 'necessity':
      return <NecessitySection form={form} />;
    case 'legal':
      return <LegalSection form={form} />;
    case 'content':
      return <ContentSection form={form} />;
    case 'options':
      return <OptionsSection form={form} />;
    case 'scope':
      return <ScopeSection form={form} />;
    case 'timeline':
      return <TimelineSection form={form} />;
    case 'resources':
      return <ResourcesSection form={form} />;
    case 'feasibility':
      return <FeasibilitySection form={form} />;
    case 'results':
      return <ResultsSection form={form} />;
    case 'risks':
      return <RisksSection form={form} />;
  }
}
