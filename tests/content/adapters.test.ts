// @vitest-environment happy-dom
// Adapters' selector logic on small DOM shapes taken from SITES.md (the e2e suite uses the real editors).
import { afterEach, describe, expect, test } from 'vitest';
import { adapterFor, editableRoot, findEditors, isDarkColor, generic } from '../../entrypoints/content/adapters';
import { x } from '../../entrypoints/content/adapters/x';
import { facebook } from '../../entrypoints/content/adapters/facebook';
import { linkedin } from '../../entrypoints/content/adapters/linkedin';

const page = (html: string) => {
  document.body.innerHTML = html;
  document.documentElement.className = '';
  return document.body;
};
afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});
const ids = (els: Element[]) => els.map((e) => e.id);

describe('adapterFor', () => {
  test.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['www.linkedin.com', 'linkedin'],
    ['example.org', 'other'],
  ])('%s → %s', (host, platform) => expect(adapterFor(host).platform).toBe(platform));
});

describe('X', () => {
  const draft = (id: string, testid: string) =>
    `<div id="${id}" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="${testid}"><div data-contents="true"></div></div>`;

  test('finds the composer and thread parts, not the DM composer', () => {
    page(`${draft('main', 'tweetTextarea_0')}${draft('thread', 'tweetTextarea_1')}
      <div data-testid="DmActivityContainer">${draft('dm', 'dmComposerTextInput')}</div>`);
    expect(ids(findEditors(x, document))).toEqual(['main', 'thread']);
  });

  test('falls back to the Draft.js marker when the testid is renamed', () => {
    page(`<div id="renamed" class="public-DraftEditor-content" contenteditable="true" role="textbox"></div>`);
    expect(ids(findEditors(x, document))).toEqual(['renamed']);
  });

  test('mobile web: the textarea inside the tweetTextarea wrapper', () => {
    page(`<main><div data-testid="tweetTextarea_0"><textarea id="m"></textarea></div></main><textarea id="other"></textarea>`);
    expect(ids(findEditors(x, document))).toEqual(['m']);
  });

  test('skips a non-editable match', () => {
    page(`<div id="ro" data-testid="tweetTextarea_0" role="textbox" contenteditable="false"></div>`);
    expect(findEditors(x, document)).toEqual([]);
  });

  test('post button, attachments and account in the composer (toolbar is a sibling subtree)', () => {
    page(`<nav><button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-cityhall_jane"></div>Jane</button></nav>
      <div class="composer"><div><label>${draft('main', 'tweetTextarea_0')}</label></div>
        <div data-testid="attachments"><div role="group"><img src="blob:https://x.com/1" alt="logo"></div></div>
        <div data-testid="toolBar"><button data-testid="tweetButtonInline" disabled>Post</button></div></div>
      <article data-testid="tweet"><img data-testid="tweetPhoto" src="https://pbs/1.jpg"></article>`);
    const ed = document.getElementById('main')!;
    expect(x.findPostButton(ed)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(x.findAttachments(ed)).toEqual([{ src: 'blob:https://x.com/1', alt: 'logo' }]);
    expect(x.findAccount(ed)).toBe('@cityhall_jane');
  });

  test('account from the profile link when the switcher is missing', () => {
    page(`<a data-testid="AppTabBar_Profile_Link" href="/jdoe">Profile</a>${draft('main', 'tweetTextarea_0')}`);
    expect(x.findAccount(document.getElementById('main')!)).toBe('@jdoe');
  });

  test('theme from the body background', () => {
    page('');
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(x.isDark(document)).toBe(true);
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(x.isDark(document)).toBe(false);
  });
});

describe('Facebook', () => {
  const lexical = (id: string, attrs = '') =>
    `<div id="${id}" contenteditable="true" role="textbox" data-lexical-editor="true" ${attrs}><p><br></p></div>`;

  test('finds composer and comment box, not Messenger', () => {
    page(`<div role="dialog" aria-modal="true">${lexical('post', 'aria-placeholder="What\'s on your mind?"')}
        <div role="button" aria-label="Post" aria-disabled="true">Post</div></div>
      ${lexical('comment', 'aria-label="Comment as Jane Doe"')}
      ${lexical('chat', 'aria-label="Message"')}${lexical('chat2', 'aria-placeholder="Aa"')}`);
    expect(ids(findEditors(facebook, document))).toEqual(['post', 'comment']);
    expect(facebook.findPostButton(document.getElementById('post')!)?.getAttribute('aria-label')).toBe('Post');
    expect(facebook.findAccount(document.getElementById('comment')!)).toBe('Jane Doe');
    // The composer names nobody; a comment box on the page says whom one acts as.
    expect(facebook.findAccount(document.getElementById('post')!)).toBe('Jane Doe');
  });

  test('the composer\'s account: the page data\'s "snippet":"You" entry, else nobody', () => {
    const data = { require: [[{ edges: [
      { node: { direct_nav_result: { title: 'Sam Friend', snippet: 'Friend' } } },
      { node: { direct_nav_result: { title: 'Parks Crew Page', snippet: 'You', link_url: 'https://www.facebook.com/parkscrew' } } },
    ] }]] };
    page(`<script type="application/json" data-sjs>not json</script>
      <script type="application/json" data-sjs>${JSON.stringify({ other: { snippet: 'Friend', title: 'Nope' } })}</script>
      <script type="application/json" data-sjs>${JSON.stringify(data)}</script>
      <div role="dialog" aria-modal="true">${lexical('post')}</div>`);
    expect(facebook.findAccount(document.getElementById('post')!)).toBe('Parks Crew Page');
    page(`<div role="dialog" aria-modal="true">${lexical('post')}</div>${lexical('chat', 'aria-label="Message"')}`);
    expect(facebook.findAccount(document.getElementById('post')!)).toBeNull();
  });

  test('dark mode from html.__fb-dark-mode', () => {
    page('');
    document.documentElement.className = '__fb-dark-mode';
    expect(facebook.isDark(document)).toBe(true);
    document.documentElement.className = '__fb-light-mode';
    expect(facebook.isDark(document)).toBe(false);
  });
});

describe('LinkedIn', () => {
  const quill = (id: string) =>
    `<div id="${id}" class="ql-editor ql-blank" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p><br></p></div>`;

  test('share box inside #interop-outlet’s open shadow root, and TipTap comments in the light DOM', () => {
    page(`<div id="interop-outlet" data-testid="interop-shadowdom"></div>
      <div data-testid="ui-core-tiptap-text-editor-wrapper"><div id="comment" class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"><p></p></div></div>
      <div class="msg-form"><div id="msg" contenteditable="true" role="textbox" class="msg-form__contenteditable" aria-label="Write a message…"></div></div>`);
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div role="dialog" data-test-modal-id="sharebox"><button class="share-unified-settings-entry-button">Jane Doe
Post to Anyone</button>${quill('share')}<button class="share-actions__primary-action" disabled>Post</button></div>`;
    expect(ids(findEditors(linkedin, document))).toEqual(['comment']);
    const roots = linkedin.shadowRoots(document);
    expect(roots).toHaveLength(1);
    const [share] = findEditors(linkedin, roots[0]);
    expect(share.id).toBe('share');
    expect(linkedin.findPostButton(share)?.className).toContain('share-actions__primary-action');
    expect(linkedin.findAccount(share)).toBe('Jane Doe');
  });

  test('dark theme class', () => {
    page('');
    document.documentElement.className = 'theme--dark';
    expect(linkedin.isDark(document)).toBe(true);
  });
});

describe('fallback helpers', () => {
  test('editableRoot climbs to the outermost editable element', () => {
    page('<div id="root" contenteditable="true"><p><span id="inner">x</span></p></div>');
    expect(editableRoot(document.getElementById('inner'))?.id).toBe('root');
    expect(editableRoot(document.body)).toBeNull();
  });

  test('generic adapter still finds engine markers', () => {
    page('<div id="pm" class="ProseMirror" contenteditable="true"></div><div class="ql-editor" contenteditable="false"></div>');
    expect(ids(findEditors(generic, document))).toEqual(['pm']);
  });

  test.each([
    ['rgb(0, 0, 0)', true],
    ['rgb(5, 5, 5)', true],
    ['rgb(255, 255, 255)', false],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('isDarkColor(%s) = %s', (c, dark) => expect(isDarkColor(c)).toBe(dark));
});

describe('findEditors on an added subtree', () => {
  test('matches the subtree root itself and its descendants, not its siblings', () => {
    page(`<div id="sib" class="ProseMirror" contenteditable="true"></div><section id="added"><div id="inner" class="ql-editor" contenteditable="true"></div></section>
      <div id="self" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div>`);
    expect(ids(findEditors(x, document.getElementById('added')!))).toEqual(['inner']);
    expect(ids(findEditors(x, document.getElementById('self')!))).toEqual(['self']);
  });
});
