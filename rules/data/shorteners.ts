/**
 * URL shorteners and redirect-link services: a link on these hosts does not show where it goes.
 * Hand-picked (general-purpose shorteners, social and marketing tools' link domains, brand
 * shorteners that can send the reader anywhere or carry affiliate tags), cross-checked against
 * the public list github.com/PeterDaveHello/url-shorteners (CC BY-SA 4.0), which we do NOT copy
 * wholesale: it also lists full sites (dw.com, pew.org) and messengers (t.me, wa.me).
 * Not included: youtu.be (YouTube's own share format, it names the site), t.me and wa.me
 * (messenger handles, not redirects), forms.gle and discord.gg (invitations to a named service).
 * Subdomains match too (maps.app.goo.gl matches goo.gl).
 */
export const SHORTENERS: readonly string[] = [
  // General-purpose shorteners
  'bit.ly', 'bitly.com', 'bitly.is', 'j.mp', 'tinyurl.com', 'tiny.cc', 'tiny.one', 'tiny.pl', 'tinyurl.mobi', 'is.gd', 'v.gd',
  'cutt.ly', 'cutt.us', 'rebrand.ly', 'rb.gy', 't.ly', 'shorturl.at', 'shorturl.com', 'short.gy', 'shorturl.asia', 's.id',
  'bl.ink', 'b.link', 'ow.ly', 'ht.ly', 'owl.li', 'buff.ly', 'dlvr.it', 'trib.al', 'snip.ly', 'po.st', 'x.co', 'qr.net',
  'qrco.de', 'adf.ly', 'shorte.st', 'ouo.io', 'soo.gd', 'clck.ru', 'da.gd', 'dub.sh', 'dub.co', 'kutt.it', 'tny.im', 'u.to',
  'urlz.fr', 'lstu.fr', 'yourls.org', 'zws.im', 'x.gd', 'surl.li', 'tr.ee', 'hyperurl.co', 'shorl.com', 'budurl.com',
  'bc.vc', 'mcaf.ee', 'db.tt', 'ift.tt', 'lnk.to', 'smarturl.it', 'geni.us', 'hubs.ly', 'hubs.la',
  'hubs.li', 'spr.ly', 'sprout.link', 'msft.it', 'aka.ms', 'ibm.co', 'ibm.biz', 'lnkd.in', 'linkd.in', 'goo.gl', 'g.co',
  'goo.gle', 'g.page', 'shorturl.gg', 'urlr.me', 'snip.link', 'rotf.lol', 'cli.re', 'cli.gs', 'vurl.com', 'tinu.be', 'gg.gg',
  'rlu.ru', 'ulvis.net', 'bit.do', 'mzl.la', 'eepurl.com', 'mailchi.mp', 'cmpgn.page', 'r20.rs',
  'smsb.co', 'zpr.io', 'bitl.cc', 'tiny.ee', 'su.pr', 'tr.im', 'ity.im', 'tny.sh', 'yhoo.it', 'flic.kr', 'shorturl.ae', 'shrtco.de', 'plu.sh', 'qr.ae', 'flip.it', 'wp.me', 'tmblr.co',
  // Social platforms' link wrappers and short domains
  't.co', 'fb.me', 'on.fb.me', 'm.me', 'instagr.am', 'pin.it', 'redd.it', 'tiktok.link', 'vm.tiktok.com', 'vt.tiktok.com',
  'fb.watch', 'twtr.to', 'lin.ee',
  // Shop and brand shorteners (hide the product page and any affiliate tag)
  'amzn.to', 'amzn.eu', 'amzn.com', 'a.co', 'amzn.asia', 'ebay.to', 'etsy.me', 'shope.ee', 'bhpho.to', 'apple.co', 'spoti.fi',
  'spotify.link', 'apple.news', 'gofund.me', 'abnb.me', 'yelp.to', 'imdb.to', 'dell.to', 'ubr.to', 'sbux.co', 'cvs.co',
  // News brands' short domains (also in news-domains-ca.ts)
  'nyti.ms', 'wapo.st', 'on.wsj.com', 'on.ft.com', 'econ.st', 'bbc.in', 'cnn.it', 'reut.rs', 'apne.ws', 'bloom.bg', 'n.pr',
  'abcn.ws', 'cbsn.ws', 'nbcnews.to', 'fxn.ws', 'usat.ly', 'politi.co', 'huffp.st', 'tgam.ca', 'gu.com', 'nyp.st', 'dailym.ai',
  'bzfd.it', 'cnet.co', 'zd.net', 'gizmo.do', 'engt.co', 'read.bi', 'ti.me', 'wrd.cm', 'nym.ag', 'thr.cm', 'aje.io',
];
