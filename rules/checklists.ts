import type { Mode, RuleId } from './types';

/**
 * The pre-publish checklists of RULES.md ("Work and personal accounts"), one per mode.
 * An item tied to rules passes or fails live from the current draft's findings; the others
 * are ticked by the user. `clause` keys into `clauseSummaries`.
 */
export interface ChecklistItem {
  id: string;
  label: string;
  rules?: RuleId[];
  clause: ClauseId;
}

export type ClauseId =
  | 'separate-accounts'
  | 'own-program-area'
  | 'second-reader'
  | 'confidential-and-personal'
  | 'commercial-news-links'
  | 'respectful'
  | 'media'
  | 'disclaimer'
  | 'identifiers'
  | 'personal-info-from-work'
  | 'confidential'
  | 'colleagues'
  | 'human-rights';

export const checklists: Record<Mode, ChecklistItem[]> = {
  work: [
    { id: 'work-account', label: 'I use an account set up for work', clause: 'separate-accounts' },
    { id: 'program-area', label: 'I post only about my own program area', clause: 'own-program-area' },
    { id: 'second-reader', label: 'Someone else has read this reply', clause: 'second-reader' },
    { id: 'no-confidential', label: 'No confidential or personal information', rules: ['confidential', 'personal-info'], clause: 'confidential-and-personal' },
    { id: 'no-commercial', label: 'No commercial content, news links or misleading links', rules: ['commercial', 'news-link', 'shortened-link'], clause: 'commercial-news-links' },
    { id: 'respectful', label: 'Respectful and factual', rules: ['disrespectful', 'political'], clause: 'respectful' },
    { id: 'media', label: 'I am authorised if this answers the media', clause: 'media' },
  ],
  personal: [
    { id: 'disclaimer', label: 'I say the views are my own when I mention City matters', rules: ['missing-disclaimer'], clause: 'disclaimer' },
    { id: 'no-identifiers', label: 'No City logos or identifiers', rules: ['city-logo'], clause: 'identifiers' },
    { id: 'no-personal-info', label: 'No personal information gained through work', rules: ['personal-info'], clause: 'personal-info-from-work' },
    { id: 'no-confidential', label: 'No confidential City information', rules: ['confidential'], clause: 'confidential' },
    { id: 'colleagues', label: "I don't name or comment on colleagues without consent", rules: ['colleague'], clause: 'colleagues' },
    { id: 'respectful', label: 'Respectful (Human Rights and Harassment, Hate Activity policies)', rules: ['disrespectful'], clause: 'human-rights' },
  ],
};

/** Short, paraphrased summaries of the clauses behind each item, bundled with the extension. */
export const clauseSummaries: Record<ClauseId, { title: string; summary: string; source: string }> = {
  'separate-accounts': {
    title: 'Keep work and personal accounts apart',
    summary: 'City business is done from accounts created for work. Personal accounts are for your life as a private citizen.',
    source: 'Toronto employee guidelines, s.1; Calgary Standards, Creating a Social Media Account',
  },
  'own-program-area': {
    title: 'Stay within your program area',
    summary: 'When you speak for the City, speak about the work you do. Pass other questions to the people who know the answer.',
    source: 'Toronto employee guidelines, s.3',
  },
  'second-reader': {
    title: 'Take a moment, and a second reader',
    summary: 'A quick answer can be misread. Take a few minutes and let a colleague read a reply before it goes out.',
    source: 'Toronto employee guidelines, s.3',
  },
  'confidential-and-personal': {
    title: 'Nothing confidential, nothing personal',
    summary: 'Posts are public and permanent. Leave out closed-session or internal material and anything that identifies a resident, client or employee.',
    source: 'Toronto employee guidelines, s.2; Peterborough 4.3.1 and 4.3.2',
  },
  'commercial-news-links': {
    title: 'No ads, no news links, no hidden links',
    summary: 'Official accounts do not promote businesses, share media stories (unless a media partnership exists) or use links that hide where they go.',
    source: 'Toronto employee guidelines, s.3; Peterborough 4.3.4',
  },
  respectful: {
    title: 'Be courteous and factual',
    summary: 'No insults, attacks, threats or obscene content, and no campaigning for or against candidates or parties from City accounts.',
    source: 'Toronto employee guidelines, s.4; Integrity Commissioner bulletin (2016)',
  },
  media: {
    title: 'Media questions go to authorised staff',
    summary: 'Answer a journalist only if you are authorised to speak to the media.',
    source: 'Toronto employee guidelines, s.3',
  },
  disclaimer: {
    title: 'Say the view is yours',
    summary: 'If people can tell you work for the City, make clear your post is your personal opinion, e.g. start with "Personally, …".',
    source: 'Toronto employee guidelines, Personal Use; Calgary Standards, Use a disclaimer; Peterborough 4.3.6',
  },
  identifiers: {
    title: 'No City logos or identifiers',
    summary: 'Personal posts should not carry City logos, crests or other marks that suggest you speak for the City.',
    source: 'Toronto employee guidelines, Personal Use; Calgary Standards, Do not use City identifiers',
  },
  'personal-info-from-work': {
    title: "Protect what you learn at work",
    summary: 'Never share a client’s or co-worker’s personal details that you came across through your job.',
    source: 'Toronto employee guidelines, Personal Use; Peterborough 4.3.2',
  },
  confidential: {
    title: 'Keep City confidences',
    summary: 'Do not disclose information you are not authorised to share, such as closed-session items or internal drafts.',
    source: 'Toronto employee guidelines, Personal Use; Calgary Standards, Respect work confidentiality',
  },
  colleagues: {
    title: 'Ask before naming colleagues',
    summary: 'Do not identify or talk about other City employees online without their consent.',
    source: 'Toronto employee guidelines, Personal Use',
  },
  'human-rights': {
    title: 'Respect applies off duty too',
    summary: 'Harassment, hateful or discriminatory posts break City policy even from a personal account.',
    source: 'Toronto employee guidelines, Personal Use; Peterborough 4.3.3',
  },
};
