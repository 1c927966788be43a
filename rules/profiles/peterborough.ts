import type { Profile } from '../types';

/** City of Peterborough, Ontario. 705-742-7777 is City Hall's published switchboard. */
export const peterborough: Profile = {
  id: 'peterborough',
  name: 'City of Peterborough',
  aliases: ['city of peterborough', 'peterborough city hall', 'peterborough city council', 'peterborough council', 'ptbo council'],
  webDomains: ['peterborough.ca', 'ptbopubliclibrary.ca', 'peterboroughpublichealth.ca'],
  emailDomains: ['peterborough.ca'],
  topics: [
    'peterborough transit', 'peterborough memorial centre', 'memorial centre', 'peterborough public library',
    'sport & wellness centre', 'wellness centre', 'peterborough fire', 'curbside collection', 'yard waste', 'mayor leal',
    'parkway', 'parkway extension', 'morrow park', 'del crary park', 'peterborough museum', 'art gallery of peterborough',
    'peterborough airport', 'city transit terminal', 'downtown parking', 'waste management facility', 'bethune street',
    'peterborough utilities', 'utility billing',
  ],
  phones: ['311', '7057427777', '7057427771', '8667213327'],
  publicAddresses: ['500 george st n', '500 george street north', '500 george st. n'],
  policies: [
    { title: 'Social Media Policy (2013)', url: 'https://www.peterborough.ca/' },
  ],
  sources: {
    'personal-info': 'Peterborough Social Media Policy 4.3.2',
    confidential: 'Peterborough Social Media Policy 4.3.1',
    'news-link': 'Toronto employee guidelines, s.3 (media links)',
    commercial: 'Peterborough Social Media Policy 4.3.4',
    'missing-disclaimer': 'Peterborough Social Media Policy 4.3.6',
    'city-logo': 'Peterborough Social Media Policy 4.4 (same conduct as at work)',
    disrespectful: 'Peterborough Social Media Policy 4.3.3 and 4.3.5',
    political: 'Toronto Integrity Commissioner bulletin (2016), para 15',
    colleague: 'Peterborough Social Media Policy 4.3.2',
    'shortened-link': 'Toronto employee guidelines, s.3 (misleading links)',
  },
};
