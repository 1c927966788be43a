import type { Profile } from '../types';

/** City of Toronto. Phones: 311 and its 10-digit lines as published on toronto.ca/311. */
export const toronto: Profile = {
  id: 'toronto',
  name: 'City of Toronto',
  aliases: ['city of toronto', 'toronto city hall', '311 toronto', 'toronto city council', 'toronto council', 'metro hall'],
  webDomains: ['toronto.ca', 'ttc.ca', 'tpl.ca', 'torontopolice.on.ca', 'tchc.on.ca'],
  emailDomains: ['toronto.ca', 'ttc.ca', 'tpl.ca'],
  topics: [
    'ttc', 'streetcar', 'subway', 'line 1', 'line 2', 'line 4', 'line 5', 'line 6', 'eglinton crosstown', 'finch west lrt',
    'scarborough rt', 'presto', 'gardiner', 'dvp', 'don valley parkway', 'rail deck', 'ontario place', 'green bin',
    'toronto water', 'toronto public library', 'tpl', 'toronto paramedic', 'toronto fire', 'toronto community housing',
    'tchc', 'island ferry', 'nathan phillips square', 'rent-geared-to-income', 'vision zero', 'bike share toronto',
    'toronto public health', 'mayor chow', 'cafeto', 'transformto', 'ravine strategy', 'housetoronto', 'toronto hydro',
    'exhibition place', 'municipal licensing and standards', 'toronto parking authority', 'green p', 'toronto zoo',
  ],
  phones: ['311', '4163922489', '4163380338', '4163921100', '4163927111', '4163387272'],
  publicAddresses: ['100 queen st w', '100 queen street west', '55 john st', '55 john street', '60 queen st w', '60 queen street west'],
  policies: [
    { title: 'Social Media Guidelines for City Employees (2012)', url: 'https://www.toronto.ca/' },
    { title: 'Social Media for Public Engagement, staff report (2012)', url: 'https://www.toronto.ca/legdocs/' },
    { title: 'Integrity Commissioner: Use of Social Media by Members of Council (2016)', url: 'https://www.toronto.ca/city-government/accountability-operations-customer-service/accountability-officers/integrity-commissioner/' },
  ],
  sources: {
    'personal-info': 'Toronto employee guidelines, Personal Use; staff report s.5 and Appendix B',
    confidential: 'Toronto employee guidelines, s.2 and Personal Use',
    'news-link': 'Toronto employee guidelines, s.3',
    commercial: 'Toronto employee guidelines, s.3; staff report s.6.3',
    'missing-disclaimer': 'Toronto employee guidelines, Personal Use; staff report s.7',
    'city-logo': 'Toronto employee guidelines, Personal Use (visual cues)',
    disrespectful: 'Toronto employee guidelines, s.4',
    political: 'Toronto Integrity Commissioner bulletin (2016), para 15',
    colleague: 'Toronto employee guidelines, Personal Use',
    'shortened-link': 'Toronto employee guidelines, s.3',
  },
};
