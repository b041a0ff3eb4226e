import DateRef from './DateRef.astro';
import DocRef from './DocRef.astro';
import OrgRef from './OrgRef.astro';
import PersonRef from './PersonRef.astro';

/** The components a letter's MDX uses to mark mentions; handed to <Content components={...} />. */
export const mentionComponents = { PersonRef, OrgRef, DocRef, DateRef };
