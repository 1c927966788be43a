import { defineConfig } from 'wxt';

// The extension reads three sites only and makes no network request of its own.
// The content script (entrypoints/content) never imports the engine: checks run in the background.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Postcheck',
    description: 'Checks your social-media post against your City employer\'s policy while you write it. Everything runs on your computer.',
    permissions: ['storage'],
    host_permissions: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'postcheck@cities.example', strict_min_version: '128.0' } } }
      : {}),
  }),
  // Preact JSX (automatic runtime). Vite 7 uses esbuild; `oxc` is read by rolldown-vite only.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
