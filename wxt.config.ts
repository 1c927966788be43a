import { defineConfig } from 'wxt';

// The extension reads three sites only and makes no network request of its own.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Postcheck',
    description: 'Checks your social-media post against your City employer\'s policy while you write it. Everything runs on your computer.',
    permissions: ['storage'],
    host_permissions: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
    browser_specific_settings: { gecko: { id: 'postcheck@cities.example', strict_min_version: '128.0' } },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
