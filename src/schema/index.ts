export { letterSchema, senderSchema, recipientSchema, letterKinds, letterRelations, type LetterData, type LetterReference, type Sender, type Recipient } from './letter.ts';
export { apparatusSchema, apparatusLineSchema, type Apparatus } from './apparatus.ts';
export { personSchema, roleSchema, appointmentSchema, APPOINTMENT_ACTS, type PersonData, type Role, type Appointment } from './person.ts';
export { organisationSchema, organisationKinds, type OrganisationData } from './organisation.ts';
export { documentSchema, type DocumentData } from './document.ts';
export { entityId, isoDate } from './common.ts';
export { redirectSchema, redirectListSchema, type Redirect } from './redirect.ts';
export { collectionSchema, type CollectionData } from './collection.ts';
export { editorialPageSchema, type EditorialPageData } from './editorial-page.ts';
