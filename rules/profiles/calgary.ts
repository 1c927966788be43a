import type { Profile } from '../types';

/** City of Calgary. 403-268-CITY is the published 311 line from outside Calgary. */
export const calgary: Profile = {
  id: 'calgary',
  name: 'City of Calgary',
  aliases: ['city of calgary', 'the city of calgary', 'calgary city hall', '311 calgary', 'calgary city council', 'calgary council', 'municipal building'],
  webDomains: ['calgary.ca', 'calgarytransit.com', 'calgarylibrary.ca'],
  emailDomains: ['calgary.ca'],
  topics: [
    'calgary transit', 'ctrain', 'c-train', 'green line', 'blue line', 'red line', 'bus rapid transit', 'max purple',
    'max orange', 'max teal', 'max yellow', 'black cart', 'blue cart', 'green cart', 'calgary fire', 'calgary public library',
    'fair entry', 'secondary suite', 'bylaw officer', 'mayor gondek', 'mayor farkas', 'blanket rezoning', 'event centre',
    'saddledome', 'scotiabank saddledome', 'bearspaw', 'glenmore reservoir', 'water main break', 'feeder main',
    'calgary parking', 'parkplus', 'calgary housing', 'snow route', 'fluoride', 'multi-residential recycling',
  ],
  phones: ['311', '4032682489', '4032682111', '4032685311'],
  publicAddresses: ['800 macleod trail se', '800 macleod tr se', '800 macleod trail s.e.'],
  policies: [
    { title: 'Social Media Standards for City Employees (2016)', url: 'https://www.calgary.ca/' },
  ],
  sources: {
    'personal-info': 'Calgary Social Media Standards, Respect work confidentiality',
    confidential: 'Calgary Social Media Standards, Respect work confidentiality',
    'news-link': 'Toronto employee guidelines, s.3 (media links); Calgary Standards, Authorized content providers',
    commercial: 'Calgary Social Media Standards, Maintain a respectful environment (spam)',
    'missing-disclaimer': 'Calgary Social Media Standards, Use a disclaimer',
    'city-logo': 'Calgary Social Media Standards, Do not use City identifiers',
    disrespectful: 'Calgary Social Media Standards, Respect your audience',
    political: 'Toronto Integrity Commissioner bulletin (2016), para 15',
    colleague: 'Calgary Social Media Standards, Respect work confidentiality',
    'shortened-link': 'Toronto employee guidelines, s.3 (misleading links)',
  },
};
