/**
 * The statuses of registration campaigns and of a unit's compliance, apart from the response
 * schemas so that the web app takes the lists without bundling the schema library.
 */
export { COMPLIANCE_STATUSES, type ComplianceStatus } from '../domain/campaigns/campaign-rules.ts';

export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
