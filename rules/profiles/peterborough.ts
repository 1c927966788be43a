import type { Profile } from '../types';

/** City of Peterborough, Ontario. 705-742-7777 is City Hall's published switchboard. */
export const peterborough: Profile = {
  id: 'peterborough',
  name: 'City of Peterborough',
  aliases: ['city of peterborough', 'peterborough city hall', 'peterborough city council', 'the city'],
  webDomains: ['peterborough.ca', 'ptbopubliclibrary.ca', 'peterboroughpublichealth.ca'],
  emailDomains: ['peterborough.ca'],
  topics: [
    'peterborough transit', 'trent canal', 'lift lock', 'little lake', 'peterborough memorial centre',
    'peterborough public library', 'wellness centre', 'otonabee', 'peterborough fire', 'peterborough police',
    'curbside collection', 'yard waste', 'mayor leal', 'city of peterborough',
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
