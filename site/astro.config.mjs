// The policy site: Starlight pages in English (root) and Korean (/ko/), one Preact island for the calculator.
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const group = (label, ko, items) => ({ label, translations: { ko }, items });

export default defineConfig({
  // Served from a local static server (scripts/serve-static.mjs); no external origin, so no `site`.
  trailingSlash: 'always',
  // Inlined CSS saves a render-blocking request per page (Lighthouse mobile FCP); pages are small.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    starlight({
      title: { en: 'Refund Desk', ko: 'Refund Desk 환불 안내' },
      description: 'Azure reservation refunds and exchanges for CSP partners and their customers, with a calculator.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ko: { label: '한국어', lang: 'ko' },
      },
      components: { MarkdownContent: './src/components/MarkdownContent.astro' },
      customCss: ['./src/styles/site.css'],
      lastUpdated: false,
      // No fenced code blocks on the site: skip Expressive Code's stylesheet and script.
      expressiveCode: false,
      pagination: true,
      sidebar: [
        { label: 'Calculator', translations: { ko: '계산기' }, slug: 'calculator' },
        group('The rules', '규칙', [
          'who-it-applies-to',
          'cancellation',
          'monthly-billing',
          'refund-limit',
          'exchanges',
        ]),
        group('For partners', '파트너 업무', [
          'request-for-customer',
          'finding-ids',
          'roles-and-permissions',
          'book-and-plan',
          'portfolio',
        ]),
        group('Reference', '참고', [
          'rules',
          'policy-versions',
          'products',
          'faq',
          'customer-faq',
          'glossary',
          'comparison',
        ]),
      ],
    }),
    preact(),
  ],
});
