import type { OrganisationData } from '../../schema/index.ts';

/** Human name of each organisation kind. */
export const ORGANISATION_KIND_NAMES: Record<OrganisationData['kind'], string> = {
  'un-organ': 'Principal organ of the United Nations',
  'un-office': 'Office of the United Nations',
  'intergovernmental-process': 'Intergovernmental process',
  'member-state': 'Member State of the United Nations',
  'group-of-states': 'Group of States',
  'civil-society': 'Civil-society organisation',
  other: 'Organisation',
};
